"""The bundled stance models, shipped as package data (``pipeline.models``) so that an installed package finds them."""
