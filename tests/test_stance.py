"""StanceClassifier follows scikit-learn conventions and learns what was said, not who said it."""

import re

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.model_selection import cross_val_score

from pipeline.records import LABELS, Span, Statement
from pipeline.stance import StanceClassifier
from pipeline.lexicon import table
from pipeline.stance_features import (get_content, get_cue, named_sides, negation_scope, page_lead,
                                      speaker_bloc, stance_input, target_features)

TRAIN = [
    ({"content": "Moscow will respond with military countermeasures to the deployment", "cue": "warned"}, "hawkish"),
    ({"content": "the alliance is a threat and its expansion is unacceptable", "cue": "said"}, "hawkish"),
    ({"content": "Washington's accusations are lies and provocations", "cue": "charged"}, "hawkish"),
    ({"content": "Russia will never accept the sanctions and will retaliate", "cue": "insisted"}, "hawkish"),
    ({"content": "talks with NATO will continue and cooperation will expand", "cue": "said"}, "conciliatory"),
    ({"content": "we welcome the agreement and hope for better relations with Washington", "cue": "said"}, "conciliatory"),
    ({"content": "dialogue with the United States is constructive and useful", "cue": "stressed"}, "conciliatory"),
    ({"content": "Moscow is ready to work hand in hand with the European Union", "cue": "added"}, "conciliatory"),
    ({"content": "the meeting will take place in Geneva on Tuesday", "cue": "said"}, "neutral"),
    ({"content": "the budget for the regions was approved by parliament", "cue": "noted"}, "neutral"),
    ({"content": "the delegation arrived in Minsk for consultations", "cue": "said"}, "neutral"),
    ({"content": "the ministry would publish the figures next month", "cue": "told"}, "neutral"),
] * 3
X = [x for x, _ in TRAIN]
y = [label for _, label in TRAIN]


@pytest.fixture(scope="module")
def fitted():
    return StanceClassifier(model="tfidf-lr", C=4.0).fit(X, y)


@pytest.fixture(scope="module")
def fitted_e5():
    return StanceClassifier(C=4.0).fit(X, y)


def test_default_is_the_sentence_encoder_model(fitted_e5):
    assert StanceClassifier().model == "e5-lr"
    union = fitted_e5.pipeline_.named_steps["features"]
    assert [name for name, _ in union.transformer_list] == ["embed", "cue", "clause", "targets"]
    emb = union.transformer_list[0][1].transform(X[:2])
    assert emb.shape == (2, 384) and np.allclose(np.linalg.norm(emb, axis=1), 1, atol=1e-3)


@pytest.mark.parametrize("content, label", [
    ("Moscow will respond with countermeasures to the new deployment", "hawkish"),
    ("we hope that talks with NATO will continue", "conciliatory"),
    ("the delegation will arrive in Geneva on Tuesday", "neutral"),
])
def test_e5_model_predicts_training_like_statements(fitted_e5, content, label):
    assert fitted_e5.predict([{"content": content, "cue": "said"}])[0] == label


def test_sklearn_conventions(fitted):
    params = fitted.get_params()
    assert params["model"] == "tfidf-lr" and params["C"] == 4.0
    assert not hasattr(StanceClassifier(), "pipeline_")
    cloned = clone(fitted)
    assert not hasattr(cloned, "pipeline_") and cloned.get_params() == params
    assert set(fitted.classes_) == set(LABELS)
    proba = fitted.predict_proba(X[:4])
    assert proba.shape == (4, 3) and np.allclose(proba.sum(axis=1), 1)


def test_cross_validation_works(fitted):
    scores = cross_val_score(StanceClassifier(model="tfidf-lr"), X, y, cv=3, scoring="f1_macro")
    assert len(scores) == 3 and scores.mean() > 0.5


@pytest.mark.parametrize("content, label", [
    ("Moscow will respond with countermeasures to the new deployment", "hawkish"),
    ("we hope that talks with NATO will continue", "conciliatory"),
    ("the delegation will arrive in Geneva on Tuesday", "neutral"),
])
def test_predicts_training_like_statements(fitted, content, label):
    assert fitted.predict([{"content": content, "cue": "said"}])[0] == label


def test_plain_strings_are_content():
    assert get_content(["a", {"content": "b", "cue": "c"}]) == ["a", "b"]
    assert get_cue(["a", {"content": "b", "cue": "c"}]) == ["", "c"]


def test_negation_scope_marks_the_next_words():
    assert negation_scope(["Russia will never accept the plan, but talks go on"]) == [
        "russia will never NOT_accept NOT_the NOT_plan but talks go on"]


@pytest.mark.parametrize("model", ["majority", "lexicon", "tfidf-svm"])
def test_other_models_fit_and_give_probabilities(model):
    clf = StanceClassifier(model=model).fit(X, y)
    p = clf.predict_proba(X[:3])
    assert p.shape == (3, 3) and np.allclose(p.sum(axis=1), 1)


def test_unknown_model_and_label():
    with pytest.raises(ValueError, match="'model' parameter of StanceClassifier must be a str among"):
        StanceClassifier(model="bert").fit(X, y)
    with pytest.raises(ValueError, match="'C' parameter"):
        StanceClassifier(C=-1.0).fit(X, y)


def test_a_tuple_of_C_averages_one_logistic_regression_per_value():
    from sklearn.linear_model import LogisticRegression

    est = StanceClassifier(model="tfidf-lr", C=(1.0, 16.0)).fit(X, y)
    features = est.pipeline_.named_steps["features"].transform(X)
    heads = [LogisticRegression(C=c, class_weight="balanced", solver="newton-cg", tol=1e-3, max_iter=1000,
                                random_state=0).fit(features, y) for c in (1.0, 16.0)]
    expected = (heads[0].predict_proba(features) + heads[1].predict_proba(features)) / 2
    np.testing.assert_allclose(est.predict_proba(X), expected, rtol=0, atol=1e-12)
    assert not np.allclose(expected, heads[0].predict_proba(features))
    assert est.pipeline_.named_steps["clf"].coef_.shape[0] == 6 and clone(est).get_params()["C"] == (1.0, 16.0)


@pytest.mark.parametrize("params, message", [
    ({"C": ()}, "C must be a positive number or a non-empty tuple of positive numbers (one averaged model each); "
                "got ()."),
    ({"C": (1.0, -2.0)}, "got (1.0, -2.0)."),
    ({"C": (1.0, "x")}, "got (1.0, 'x')."),
    ({"model": "e5-lr", "gate": 0.8, "gate_C": (0.0,)}, "gate_C must be a positive number"),
    ({"model": "tfidf-svm", "C": (1.0, 2.0)}, "a tuple of C values averages linear models (e5-lr, tfidf-lr, "
                                             "embeddings-lr), not 'tfidf-svm'; give one number."),
])
def test_a_bad_tuple_of_C_is_refused_saying_what_was_received(params, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        StanceClassifier(**params).fit(X, y)


@pytest.mark.parametrize("blend", [1.0, -0.25, 1.5, "half"])
def test_blend_is_a_weight_below_one(blend):
    with pytest.raises(ValueError, match="'blend' parameter of StanceClassifier must be"):
        StanceClassifier(model="e5-lr", blend=blend).fit(X, y)


def test_blend_is_a_parameter_that_clones():
    est = StanceClassifier(model="e5-lr", blend=0.25, gate_C=4.0)
    assert est.get_params()["blend"] == 0.25 and StanceClassifier().blend == 0.0
    assert clone(est).get_params() == est.get_params()
    with pytest.raises(ValueError, match="not in"):
        StanceClassifier(model="tfidf-lr").fit(X[:2], ["hawkish", "angry"])


@pytest.mark.parametrize("temperature", [0, -1.0, "hot", None])
def test_temperature_is_a_positive_number(temperature):
    with pytest.raises(ValueError, match="'temperature' parameter of StanceClassifier must be"):
        StanceClassifier(model="tfidf-lr", temperature=temperature).fit(X, y)


def test_temperature_is_a_parameter_that_clones():
    est = StanceClassifier(model="tfidf-lr", temperature=1.5)
    assert StanceClassifier().temperature == 1.0 and clone(est).get_params()["temperature"] == 1.5


def test_temperature_one_leaves_the_probabilities_as_they_are(fitted):
    assert (fitted.predict_proba(X) == fitted.pipeline_.predict_proba(X)).all()


@pytest.mark.parametrize("temperature", [0.5, 2.0])
def test_temperature_scales_the_probabilities_and_keeps_the_labels(fitted, temperature):
    est = StanceClassifier(model="tfidf-lr", C=4.0, temperature=temperature).fit(X, y)
    raw = fitted.predict_proba(X)
    want = raw ** (1 / temperature) / (raw ** (1 / temperature)).sum(axis=1, keepdims=True)
    np.testing.assert_allclose(est.predict_proba(X), want, rtol=0, atol=1e-12)
    assert (est.predict(X) == fitted.predict(X)).all()
    # Above 1 every statement's top probability falls, below 1 it rises.
    assert (np.sign(est.predict_proba(X).max(axis=1) - raw.max(axis=1)) == np.sign(1 - temperature)).all()


def test_label_statements_fills_label_and_scores(fitted):
    s = Statement(Span(0, 10, "talks with NATO will continue"), Span(0, 4, "said"), None, None, "indirect", 0)
    (out,) = fitted.label_statements([s], [{"content": s.content.text, "cue": s.cue.text}])
    assert out.label in LABELS and abs(sum(out.scores.values()) - 1) < 1e-6 and s.label is None


@pytest.mark.parametrize("model", ["fitted", "fitted_e5"])
def test_speaker_is_not_a_feature_but_the_bloc_is(model, request):
    clf = request.getfixturevalue(model)
    a = {"content": "talks with NATO will continue", "cue": "said", "speaker": "Lavrov", "bloc": "russia"}
    b = dict(a, speaker="Shoigu")
    assert np.allclose(clf.predict_proba([a]), clf.predict_proba([b]))
    names = clf.pipeline_.named_steps["features"].transformer_list[-1][1].named_steps["vec"].feature_names_
    assert not any("Lavrov" in n or "Shoigu" in n for n in names)


@pytest.mark.parametrize("bloc, content, expected", [
    ("russia", "NATO expansion is a threat", {"bloc=russia", "content_west", "content_west|russia"}),
    ("west", "Russia has violated the treaty", {"bloc=west", "content_russia", "content_russia|west"}),
    ("other", "the weather was fine", {"bloc=other"}),
])
def test_target_features_cross_targets_with_the_speaker_bloc(bloc, content, expected):
    (f,) = target_features([{"content": content, "cue": "said", "context": content, "bloc": bloc}])
    assert set(f) == expected | {k.replace("content_", "context_") for k in expected if k.startswith("content_")}


@pytest.mark.parametrize("lead, bloc, expected", [
    ("Talks with the President of Tajikistan", "joint", {"lead_third", "lead_third|joint"}),
    ("Evening call with the Vice-Chancellor of Germany", "russia", {"lead_west", "lead_west|russia"}),
    ("Meeting with the head of the regional railway", "russia", set()),
])
def test_target_features_cross_the_pages_counterpart_with_the_speaker_bloc(lead, bloc, expected):
    (f,) = target_features([{"content": "cooperation will grow", "cue": "said", "context": "cooperation will grow",
                             "bloc": bloc, "lead": lead}])
    assert set(f) == {f"bloc={bloc}"} | expected


@pytest.mark.parametrize("text, expected", [
    ("the Tajik side signed the memorandum", {"third"}),
    ("Kazakhstan and Washington agreed", {"third", "west"}),
    ("Russian-Cuban consultations", {"russia", "rival"}),
    ("the U.S. delegation left", {"west"}),
    ("Mongolian herders met Japanese engineers", {"third"}),
    ("give us a chance to finish", set()),
    ("the weather in the capital was fine", set()),
    # a full stop ends a name unless a word follows it
    ("the herders signed a deal with Mongolia.", {"third"}),
    ("the pipeline runs to Tajikistan.", {"third"}),
    ("the plan was drafted by the U.S.", {"west"}),
    ("the booking page Tajikistan.com was down", set()),
    ("he paused: ...Cuba would wait", {"rival"}),
    ("see www.Mongolia for the timetable", set()),
    # a two-letter country word counts only in capitals
    ("Us and them, the singer sighed", set()),
    ("US and Kazakh officials met", {"west", "third"}),
    ("the EU's envoy arrived", {"west"}),
    # the lexicon's side names: leaders, plural and bloc forms, lower-case names of the alliance
    ("the Americans left early", {"west"}),
    ("the allies met in the spring", {"west"}),
    ("Lavrov answered the letter", {"russia"}),
    ("the DPRK fired a rocket into the sea", {"rival"}),
    ("the Venezuelans sent a note", {"rival"}),
])
def test_named_sides_reads_the_lexicons_countries(text, expected):
    assert named_sides(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("relations with Ruſsia grew", set()),  # long s: matches "russia" under re.I, lower-cases to "ruſsia"
    ("the envoy of İran arrived", set()),  # dotted capital I lower-cases to two characters
    ("Ruſsia and Mongolia signed", {"third"}),
    ("RUSSIA and İran", {"russia"}),
])
def test_named_sides_skips_case_variants_that_are_no_lexicon_word(text, expected):
    assert named_sides(text) == expected


@pytest.mark.parametrize("side", ["west", "russia", "rival"])
def test_side_names_take_the_side_of_their_codes_bloc(side):
    blocs = table("western_blocs")
    names = [w for w, code in table("side_names").items() if not w.startswith("_") and code in blocs[side]]
    assert names and all(named_sides(f"then {w.title()} spoke") == {side} for w in names)


def test_annotating_a_text_with_case_variants_of_countries_does_not_fail(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    path = tmp_path / "long-s.txt"
    path.write_text("Publication: Test Wire Date: 2031-02-03\n\nThe envoy of İran said that relations with Ruſsia "
                    "would improve.\n", "utf-8")
    r = CliRunner().invoke(app, ["annotate", str(path), "--format", "json"])
    assert r.exit_code == 0 and "internal error" not in r.output, r.output


@pytest.mark.parametrize("country, speaker, expected", [
    ("US", "the senator", "west"),
    ("RU", "they", "russia"),
    ("CN", "the minister", "rival"),
    ("IN", "the minister", "other"),
    (None, "The two leaders", "joint"),
    (None, "Mr Petrov and Mr Dubois", "joint"),
    (None, "The parties", "joint"),
    (None, "they", "joint"),
    (None, "Mr Petrov", "unknown"),
    (None, None, "unknown"),
    (None, "Putin and Chancellor of Austria Ebner", "joint"),
    (None, "Chancellor of Austria Ebner and President Lindqvist", "joint"),
    (None, "The President of Russia and the Prime Minister of Peru", "joint"),
    # an "and" inside a name or title is one speaker
    (None, "Trinidad and Tobago's envoy Mark Smith", "unknown"),
    (None, "the Minister of Trade and Industry", "unknown"),
    (None, "the Secretary of State for Energy and Climate", "unknown"),
])
def test_speaker_bloc_gives_joint_subjects_a_bloc_of_their_own(country, speaker, expected):
    assert speaker_bloc(country, table("western_blocs"), speaker) == expected


@pytest.mark.parametrize("speaker, group, expected", [
    ("Trinidad and Tobago's envoy Mark Smith", False, "unknown"),
    ("the Minister of Trade and Industry", False, "unknown"),
    ("they", False, "unknown"),
    ("Mr Petrov", True, "joint"),
])
def test_the_callers_group_flag_decides_a_joint_speaker(speaker, group, expected):
    assert speaker_bloc(None, table("western_blocs"), speaker, group) == expected
    assert speaker_bloc("RU", table("western_blocs"), speaker, group) == "russia"


@pytest.mark.parametrize("body, speaker, expected", [
    ("Trinidad and Tobago's envoy Mark Smith said that the harbour would reopen in May.",
     "Trinidad and Tobago's envoy Mark Smith", "unknown"),
    ("Mr Petrov and Mr Dubois said that the harbour would reopen in May.", "Mr Petrov and Mr Dubois", "joint"),
])
def test_the_annotator_passes_the_speakers_group_type(annotator, body, speaker, expected):
    text = f"Publication: Test Wire Date: 2031-02-03\n\n{body}\n"
    statements = annotator.annotate_text(text, "t.txt").statements
    blocs = [x["bloc"] for x in annotator.stance_inputs(text, statements)]
    assert [s.speaker.text for s in statements] == [speaker] and blocs == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Publication: Daily Wire Date: 2031-02-03 Title: Talks with the Prime Minister of Latvia\n\nThe talks began.",
     "Talks with the Prime Minister of Latvia"),
    ("Publication: Daily Wire Title: Summit opens Author: A. Writer\n\nThe summit opened.", "Summit opens"),
    ("Publication: Daily Wire Date: 2031-02-03\n\nThe ministers met in Riga.\nLater they left.", "The ministers met in Riga."),
    ("The ministers met in Riga.\nLater they left.", "The ministers met in Riga."),
    # a header of one field per line: its title, or the first line after it
    ("Publication: Daily Wire\nDate: 2031-02-03\nTitle: Summit opens\n\nThe summit opened.", "Summit opens"),
    ("Publication: Daily Wire\nDate: 2031-02-03\n\nThe ministers met in Riga.\nLater they left.",
     "The ministers met in Riga."),
])
def test_page_lead_is_the_title_else_the_first_paragraph(text, expected):
    assert page_lead(text) == expected


def test_stance_input_carries_the_lead_and_the_joint_bloc():
    text = ("Publication: Daily Wire Title: Talks with the President of Mongolia\n\n"
            "The two leaders said that trade in wool would double.")
    content = (text.index("trade"), len(text) - 1)
    cue = (text.index("said"), text.index("said") + 4)
    x = stance_input(text, content, cue, None, table("western_blocs"), "The two leaders")
    assert (x["lead"], x["bloc"], x["content"]) == ("Talks with the President of Mongolia", "joint", "trade in wool would double")
