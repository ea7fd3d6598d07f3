"""Extraction rules: text → the exact set of statements (speaker, cue, content, kind, rule); texts with none.

Every sentence here was written for these tests.
"""

import pytest

from pipeline.extract import RULES, rule

CASES = [
    # direct quotes, both orders, straight and curly
    ('"We will answer in kind," the minister said.',
     [("the minister", "said", "We will answer in kind", "direct", "verb_clause")]),
    ("“We will answer in kind,” Lavrov said.", [("Lavrov", "said", "We will answer in kind", "direct", "verb_clause")]),
    ('Lavrov said: "The door to dialogue remains open."',
     [("Lavrov", "said", "The door to dialogue remains open", "direct", "verb_clause")]),
    ('Ivanov told reporters: "We see no threat in this."',
     [("Ivanov", "told", "We see no threat in this", "direct", "verb_clause")]),
    # a one-word quote the parser does not attach: the quote next to the cue is the content
    ('"Never," the minister replied.', [("the minister", "replied", "Never", "direct", "verb_quote")]),
    # a quote that runs on into the next sentence
    ('"We will not yield. Our answer will be firm," Ivanov said.',
     [("Ivanov", "said", "We will not yield. Our answer will be firm", "direct", "verb_clause")]),
    # indirect speech
    ("The admiral warned that the fleet would shadow every allied ship.",
     [("The admiral", "warned", "the fleet would shadow every allied ship", "indirect", "verb_clause")]),
    ("Shoigu insisted the exercises were purely defensive.",
     [("Shoigu", "insisted", "the exercises were purely defensive", "indirect", "verb_clause")]),
    ("Stoltenberg stressed that the alliance posed no threat to Russia.",
     [("Stoltenberg", "stressed", "the alliance posed no threat to Russia", "indirect", "verb_clause")]),
    # an object cue and a participle: two statements
    ("Lavrov criticised the plan, saying that it would undermine strategic stability.",
     [("Lavrov", "criticised", "the plan", "indirect", "verb_object"),
      ("Lavrov", "saying", "it would undermine strategic stability", "indirect", "verb_clause")]),
    # mixed
    ('She insisted that Beijing "will not be lectured" on trade.',
     [("She", "insisted", 'Beijing "will not be lectured" on trade', "mixed", "verb_clause")]),
    # according to, both positions
    ("According to the deputy minister, talks will resume in March.",
     [("the deputy minister", "According to", "talks will resume in March", "according_to", "according_to")]),
    ("Talks will resume in March, according to Ryabkov.",
     [("Ryabkov", "according to", "Talks will resume in March", "according_to", "according_to")]),
    # a post's author, as a document's; what a document is "of" is no author
    ("The diplomats had been expelled without cause, according to a tweet from the embassy.",
     [("the embassy", "according to", "The diplomats had been expelled without cause", "according_to",
       "according_to")]),
    ("The two leaders discussed Syria, according to a Kremlin readout of the call.",
     [("a Kremlin readout", "according to", "The two leaders discussed Syria", "according_to", "according_to")]),
    # an office named with "of" keeps it, a parliament's speaker as a minister
    ("The speaker of Iran's parliament said the deal was not binding.",
     [("The speaker of Iran's parliament", "said", "the deal was not binding", "indirect", "verb_clause")]),
    # a daily update speaks as a statement does
    ("The ministry's daily update said three drones were shot down.",
     [("The ministry's daily update", "update said", "three drones were shot down", "indirect", "verb_clause")]),
    # inverted
    ('"The treaty is dead," said the general.', [("the general", "said", "The treaty is dead", "direct", "verb_clause")]),
    # parenthetical: the content keeps the cue
    ("The world will, he added, become a less stable place.",
     [("he", "added", "The world will, he added, become a less stable place", "indirect", "verb_parenthetical")]),
    # noun cues and documents
    ("He dusted off old warnings that Moscow was prepared to take countermeasures.",
     [("He", "warnings", "Moscow was prepared to take countermeasures", "indirect", "noun_clause")]),
    ("A Defence Ministry statement said the drills were routine.",
     [("Defence Ministry", "statement said", "the drills were routine", "indirect", "verb_clause")]),
    ("He expressed hope that the dialogue would continue.",
     [("He", "expressed hope", "the dialogue would continue", "indirect", "light_verb_noun")]),
    ("Lavrov repeated Moscow's view that the treaty was obsolete.",
     [("Lavrov", "repeated", "the treaty was obsolete", "indirect", "verb_noun_clause")]),
    # proposals, promises and object cues
    ("Merkel called for an immediate ceasefire in eastern Ukraine.",
     [("Merkel", "called for", "an immediate ceasefire in eastern Ukraine", "indirect", "verb_object")]),
    ("Zakharova accused Washington of meddling in the elections.",
     [("Zakharova", "accused", "Washington of meddling in the elections", "indirect", "verb_object")]),
    ("The minister promised to withdraw the remaining brigades by autumn.",
     [("The minister", "promised", "to withdraw the remaining brigades by autumn", "indirect", "verb_infinitive")]),
    ("Peskov denied that Russian troops had crossed the border.",
     [("Peskov", "denied", "Russian troops had crossed the border", "indirect", "verb_clause")]),
    # pronoun and role-description speakers
    ("It also said that Russia would continue its efforts.",
     [("It", "said", "Russia would continue its efforts", "indirect", "verb_clause")]),
    ("They argued that sanctions had failed.", [("They", "argued", "sanctions had failed", "indirect", "verb_clause")]),
    ("The Russian leader said that Moscow was prepared to amend the treaty.",
     [("The Russian leader", "said", "Moscow was prepared to amend the treaty", "indirect", "verb_clause")]),
    # a colon-introduced quote after an object
    ('Rogozin offered a practical gesture: "The transit route stays open."',
     [("Rogozin", "offered", "The transit route stays open", "direct", "verb_clause")]),
    # cue verbs of news and of meeting readouts
    ("The ministry condemned the shelling of the consulate.",
     [("The ministry", "condemned", "the shelling of the consulate", "indirect", "verb_object")]),
    ("Lavrov praised the mediators for their patience.",
     [("Lavrov", "praised", "the mediators for their patience", "indirect", "verb_object")]),
    ("The envoy cautioned against reading too much into the delay.",
     [("The envoy", "cautioned", "reading too much into the delay", "indirect", "verb_object")]),
    ('"The deal is done," Trump tweeted.', [("Trump", "tweeted", "The deal is done", "direct", "verb_clause")]),
    ("The minister described the drills as a provocation.",
     [("The minister", "described", "the drills as a provocation", "indirect", "verb_object")]),
    ('Peskov called the proposal "unacceptable".',
     [("Peskov", "called", 'the proposal "unacceptable"', "mixed", "verb_object")]),
    ("The premier talked about the need for new pipelines.",
     [("The premier", "talked about", "the need for new pipelines", "indirect", "verb_object")]),
    ("The ambassador cited the example of the Baltic ferry link.",
     [("The ambassador", "cited", "the example of the Baltic ferry link", "indirect", "verb_object")]),
    ("The minister informed his counterpart about the new visa rules.",
     [("The minister", "informed", "the new visa rules", "indirect", "verb_object")]),
    ("The presidents congratulated each other on the anniversary and wished the two nations every success.",
     [("The presidents", "congratulated", "each other on the anniversary", "indirect", "verb_object"),
      ("The presidents", "wished", "the two nations every success", "indirect", "verb_object")]),
    ("The chancellor noted the importance of a stable gas supply.",
     [("The chancellor", "noted", "the importance of a stable gas supply", "indirect", "verb_object")]),
    ("The leaders spoke in favour of deeper cooperation in the Arctic.",
     [("The leaders", "spoke in favour of", "deeper cooperation in the Arctic", "indirect", "verb_object")]),
    ("The two presidents agreed to extend the fisheries accord for another decade.",
     [("The two presidents", "agreed", "to extend the fisheries accord for another decade", "indirect",
       "verb_infinitive")]),
    ("The ministers agreed that the pipeline project deserved priority.",
     [("The ministers", "agreed", "the pipeline project deserved priority", "indirect", "verb_clause")]),
    ("As the minister stressed, the new route will save money.",
     [("the minister", "stressed", "the new route will save money", "indirect", "verb_as_clause")]),
    ("In the premier's opinion, the talks will succeed.",
     [("the premier", "In the premier's opinion", "the talks will succeed", "according_to", "opinion_phrase")]),
    # attitude nouns after a light verb
    ("The envoy expressed concern over the troop build-up.",
     [("The envoy", "expressed concern over", "the troop build-up", "indirect", "light_verb_noun_object")]),
    ("She expressed doubt about the durability of the truce.",
     [("She", "expressed doubt about", "the durability of the truce", "indirect", "light_verb_noun_object")]),
    ("The president expressed readiness to send experts to the region.",
     [("The president", "expressed readiness", "to send experts to the region", "indirect", "light_verb_noun_object")]),
    ("He expressed hope the operation would end soon.",
     [("He", "expressed hope", "the operation would end soon", "indirect", "light_verb_noun")]),
    # a document that reads
    ('The message reads: "We value our long friendship."',
     [("The message", "message reads", "We value our long friendship", "direct", "verb_clause")]),
    # a quote continued after a cue of its own
    ('"We are ready," the statement continued.',
     [("the statement", "statement continued", "We are ready", "direct", "verb_quote")]),
    # compound subjects keep every member
    ("Both the Russian and Iranian foreign ministries said the deal was fair.",
     [("Both the Russian and Iranian foreign ministries", "said", "the deal was fair", "indirect", "verb_clause")]),
    ("Mr Lavrov, Mr Steinmeier and Mr Fabius expressed their belief that the ferry link would reopen.",
     [("Mr Lavrov, Mr Steinmeier and Mr Fabius", "expressed their belief", "the ferry link would reopen", "indirect",
       "light_verb_noun")]),
    # "continue" resumes a quote; it does not quote its own infinitive
    ('The army would continue "to fight terrorism" in the region, the officer said.',
     [("the officer", "said", 'The army would continue "to fight terrorism" in the region', "mixed", "verb_clause")]),
    # a participle before the subject is not part of it
    ("Greeting the visiting mayors, Mr Medvedev said that the bridge would open in spring.",
     [("Mr Medvedev", "said", "the bridge would open in spring", "indirect", "verb_clause")]),
    # agentless passives of meeting readouts: the source is only implied
    ("It was noted that the new route would save money.",
     [(None, "was noted", "the new route would save money", "indirect", "passive_cue")]),
    ("It was agreed to hold the next round of water talks in Astana.",
     [(None, "was agreed", "to hold the next round of water talks in Astana", "indirect", "passive_cue")]),
    ("The importance of the new route was noted.",
     [(None, "was noted", "The importance of the new route", "indirect", "passive_cue")]),
    ("Regret was expressed over the delay of the rail project.",
     [(None, "was expressed", "the delay of the rail project", "indirect", "passive_cue")]),
    ("The need for new talks was stressed by the premier.",
     [("the premier", "was stressed", "The need for new talks", "indirect", "passive_cue")]),
    # a light verb in the passive with a matching noun: attitudes expressed, proposals made, assessments given
    ("Proposals were made to support the new ferry line.",
     [(None, "were made", "to support the new ferry line", "indirect", "passive_cue")]),
    ("A favourable assessment was given of the timber agreement.",
     [(None, "was given", "the timber agreement", "indirect", "passive_cue")]),
    # the tagger calls the participle an adjective
    ("The significance of the new library was underscored.",
     [(None, "was underscored", "The significance of the new library", "indirect", "passive_cue")]),
    # a past-tense cue the parser joined to a reported clause whose tense it cannot share is the reporter's own
    ("The mayor said the ferry would sail on time and urged commuters to stay calm.",
     [("The mayor", "said", "the ferry would sail on time", "indirect", "verb_clause"),
      ("The mayor", "urged", "commuters to stay calm", "indirect", "verb_infinitive")]),
    ("The ministry said it rejects the tariff and called on both sides to resume talks.",
     [("The ministry", "said", "it rejects the tariff", "indirect", "verb_clause"),
      ("The ministry", "called on", "both sides to resume talks", "indirect", "verb_infinitive")]),
    # ... but not a state of mind, which reads as part of the clause
    ("The envoy said Oslo would not abandon a partner and regarded the tariffs as a mistake.",
     [("The envoy", "said", "Oslo would not abandon a partner and regarded the tariffs as a mistake", "indirect",
       "verb_clause")]),
    # single quotes, straight and curly, as British-style copy and headlines use them
    ("Lavrov said: 'The door to dialogue remains open.'",
     [("Lavrov", "said", "The door to dialogue remains open", "direct", "verb_clause")]),
    ("‘We are not afraid of the drills,’ Zakharova said.",
     [("Zakharova", "said", "We are not afraid of the drills", "direct", "verb_clause")]),
    ("The minister said Moscow's patience was 'not unlimited'.",
     [("The minister", "said", "Moscow's patience was 'not unlimited'", "mixed", "verb_clause")]),
    # a plural possessive is no quote: the statement stays indirect
    ("The minister said the allies' plan would fail.",
     [("The minister", "said", "the allies' plan would fail", "indirect", "verb_clause")]),
    # a quote interrupted by its cue is one statement
    ('"Our side, frankly," the minister stressed, "cannot accept the fishing quotas."',
     [("the minister", "stressed", 'Our side, frankly," the minister stressed, "cannot accept the fishing quotas', "direct",
       "verb_quote")]),
    # parser slips: a preposition under an adverb, a clause hung on a prepositional object, a mis-lemmatised verb
    ("They spoke warmly of the new ferry service.",
     [("They", "spoke", "the new ferry service", "indirect", "verb_object")]),
    ("The premier stressed at the meeting that the region needed stability.",
     [("The premier", "stressed", "the region needed stability", "indirect", "verb_clause")]),
    ("He hoped that the grain barges would sail by May.",
     [("He", "hoped", "the grain barges would sail by May", "indirect", "verb_clause")]),
    ("Specialists estimate that the catch will shrink.",
     [("Specialists", "estimate", "the catch will shrink", "indirect", "verb_clause")]),
    # a participle of a topic verb names the topic; the statement is the main clause
    ("Speaking about the river dispute, Mr Lavrov noted that the water levels had risen.",
     [("Mr Lavrov", "noted", "the water levels had risen", "indirect", "verb_clause")]),
    # a pronoun that opens the content is the content's own clause, not a second statement
    ("Mr Lavrov said he did not expect the ferry plan to fail.",
     [("Mr Lavrov", "said", "he did not expect the ferry plan to fail", "indirect", "verb_clause")]),
    # "the attention of X to Y": the content is Y
    ("The Prime Minister drew the attention of the governors to the shortage of rural doctors.",
     [("The Prime Minister", "drew the attention", "the shortage of rural doctors", "indirect", "light_verb_noun_object")]),
    # parser slips: a subject taken for an apposition of a fronted phrase; a finite verb joined to an infinitive
    ("When speaking about Syria, the German and Italian ministers pointed out that the talks had to resume without "
     "preconditions.",
     [("the German and Italian ministers", "pointed out", "the talks had to resume without preconditions", "indirect",
       "verb_clause")]),
    ("The two ministers stressed that it was vital to keep the hotline between the navies open and reaffirmed the "
     "value of the fisheries accord.",
     [("The two ministers", "stressed", "it was vital to keep the hotline between the navies open", "indirect",
       "verb_clause"),
      ("The two ministers", "reaffirmed", "the value of the fisheries accord", "indirect", "verb_object")]),
    ("The admiral informed the mayor of his plan to close the old harbour.",
     [("The admiral", "informed", "his plan to close the old harbour", "indirect", "verb_object")]),
    # stances held rather than voiced: a copula with a stance adjective or "in favour of"
    ("The two presidents are convinced that the tram will bring shoppers back.",
     [("The two presidents", "are convinced", "the tram will bring shoppers back", "indirect", "copula_stance")]),
    ("The ministers were convinced of the need to dredge the old canal.",
     [("The ministers", "were convinced of", "the need to dredge the old canal", "indirect", "copula_stance")]),
    ("The governor is in favour of the second bridge design.",
     [("The governor", "is in favour of", "the second bridge design", "indirect", "copula_stance")]),
    ("The envoys expressed themselves in favour of joint patrols on the lake.",
     [("The envoys", "expressed themselves in favour of", "joint patrols on the lake", "indirect", "copula_stance")]),
    # an attitude noun after a light verb takes its preposition, not the object rule ("confirmed their interest")
    ("The leaders confirmed their interest in extending the tram network.",
     [("The leaders", "confirmed their interest in", "extending the tram network", "indirect",
       "light_verb_noun_object")]),
    ("The President expressed his condolences over the loss of the trawler crew.",
     [("The President", "expressed his condolences over", "the loss of the trawler crew", "indirect",
       "light_verb_noun_object")]),
    ("The ministers gave a high assessment of the new timber accord.",
     [("The ministers", "gave a high assessment of", "the new timber accord", "indirect", "light_verb_noun_object")]),
    # a clause the parser hung on the noun as a participle, or on a preposition's object
    ("The minister expressed confidence the new ferry would be launched in May.",
     [("The minister", "expressed confidence", "the new ferry would be launched in May", "indirect",
       "light_verb_noun")]),
    ("The President noted with satisfaction that the grain harvest had been good.",
     [("The President", "noted", "the grain harvest had been good", "indirect", "verb_clause")]),
    # readout verbs: asking someone to act, undertaking, outlining, regarding X as Y
    ("Mr Lavrov asked the mayor to extend the festival by a week.",
     [("Mr Lavrov", "asked", "to extend the festival by a week", "indirect", "verb_infinitive")]),
    ("The minister undertook to keep funding the puppet theatre.",
     [("The minister", "undertook", "to keep funding the puppet theatre", "indirect", "verb_infinitive")]),
    ("The governor requested that the fair be moved to Tromso.",
     [("The governor", "requested", "the fair be moved to Tromso", "indirect", "verb_clause")]),
    ("He regarded tourism and forestry as top priorities.",
     [("He", "regarded", "tourism and forestry as top priorities", "indirect", "verb_object")]),
    # readouts: "both countries" and "the two governments" speak; "declared their intention to", "called attention to"
    ("Both countries were convinced of the need to clean up the shared lake.",
     [("Both countries", "were convinced of", "the need to clean up the shared lake", "indirect", "copula_stance")]),
    ("The two governments declared their intention to open a joint ferry line.",
     [("The two governments", "declared their intention", "to open a joint ferry line", "indirect",
       "light_verb_noun_object")]),
    ("The governor called attention to the need to repair the village schools.",
     [("The governor", "called attention to", "the need to repair the village schools", "indirect",
       "light_verb_noun_object")]),
    # a stance phrase on a conjoined verb takes the first verb's subject
    ("The mayors praised the new tram and went on record in favour of a second line.",
     [("The mayors", "praised", "the new tram", "indirect", "verb_object"),
      ("The mayors", "went on record in favour of", "a second line", "indirect", "copula_stance")]),
    # a passive participle tagged as an adjective after "be"
    ("The value of continued talks on the river dams was underscored.",
     [(None, "was underscored", "The value of continued talks on the river dams", "indirect", "passive_cue")]),
    # issue 9's classes: "told <audience or outlet>" after the quote, "she continued", news agencies never speak
    ('"The harbour stays closed until spring," the aide told reporters.',
     [("the aide", "told", "The harbour stays closed until spring", "direct", "verb_clause")]),
    ('"We will rebuild the pier," she continued.', [("she", "continued", "We will rebuild the pier", "direct", "verb_quote")]),
    ('"We will rebuild the pier," the spokeswoman told Tass.',
     [("the spokeswoman", "told", "We will rebuild the pier", "direct", "verb_clause")]),
    ("The ferry talks will resume in June, Lavrov said, Interfax reported.",
     [("Lavrov", "said", "The ferry talks will resume in June", "indirect", "verb_clause")]),
    ("According to Tass, Lavrov said the ferry talks would resume in June.",
     [("Lavrov", "said", "the ferry talks would resume in June", "indirect", "verb_clause")]),
    # a quoted name the parser made an apposition of the object
    ('The President called the fishing ban "a gift to poachers".',
     [("The President", "called", 'the fishing ban "a gift to poachers"', "mixed", "verb_object")]),
    # parser slips: names joined to a fronted phrase; a participle after a comma hung on a noun or a gerund;
    # a relative subject; "to" as a dative
    ("In discussing the fishing quotas, Jonas Gahr Store and Sanna Marin pointed to the shared interest in clean "
     "water.",
     [("Jonas Gahr Store and Sanna Marin", "pointed to", "the shared interest in clean water", "indirect",
       "verb_object")]),
    ("The presidents called for a quick start to rebuilding the pier, expressing hope that the ferry would return.",
     [("The presidents", "called for", "a quick start to rebuilding the pier", "indirect", "verb_object"),
      ("The presidents", "expressing hope", "the ferry would return", "indirect", "light_verb_noun")]),
    ("Norway and Finland, which are convinced that clean rivers matter, pledged to cut waste.",
     [("Norway and Finland", "are convinced", "clean rivers matter", "indirect", "copula_stance"),
      ("Norway and Finland", "pledged", "to cut waste", "indirect", "verb_infinitive")]),
    ("The President gave high marks to the efforts of the volunteers.",
     [("The President", "gave high marks to", "the efforts of the volunteers", "indirect", "light_verb_noun_object")]),
    ("The President expressed certainty that the port expansion would benefit the region.",
     [("The President", "expressed certainty", "the port expansion would benefit the region", "indirect",
       "light_verb_noun")]),
    ("Mr Lavrov also suggested ways of improving the ferry timetable.",
     [("Mr Lavrov", "suggested", "ways of improving the ferry timetable", "indirect", "verb_object")]),
    # a content the parser did not attach to its trailing cue; a name in apposition to an unknown office
    ("Oslo was counting on Swedish demand for its timber, and Stockholm understood that, he said.",
     [("he", "said", "Oslo was counting on Swedish demand for its timber, and Stockholm understood", "indirect",
       "verb_trailing")]),
    ("In a statement on Monday, Oslo's harbour master, Kari Nordmann, said the pier was safe.",
     [("Kari Nordmann", "said", "the pier was safe", "indirect", "verb_clause")]),
    # a cue with a that-clause joined to a reported clause is the reporter's; "call X to Y" without "on"
    ("He said that Telenor was one of the largest mobile operators and stressed that the company also did business "
     "in Latvia.",
     [("He", "said", "Telenor was one of the largest mobile operators", "indirect", "verb_clause"),
      ("He", "stressed", "the company also did business in Latvia", "indirect", "verb_clause")]),
    ("He called the world to work for the protection of whales.",
     [("He", "called", "the world to work for the protection of whales", "indirect", "verb_infinitive")]),
    # a document that reads, in part, however the parser took it
    ('The message read, in part: "We remember the dock workers who rebuilt the city."',
     [("The message", "message read", "We remember the dock workers who rebuilt the city", "direct",
       "document_reads")]),
    ('The mayor sent a letter to the Finnish minister which read, in part: "Our towns share a river."',
     [("a letter", "read", "Our towns share a river", "direct", "document_reads")]),
    # a proposal whose source follows it: its infinitive, or the clause its fronted phrase opens
    ("Acting on a proposal by the Finnish and Estonian premiers, the council decided to build a tunnel.",
     [("the Finnish and Estonian premiers", "proposal by", "the council decided to build a tunnel", "indirect",
       "noun_by_source")]),
    ("President Niinisto accepted an invitation from President Duda to visit Warsaw in the spring.",
     [("President Duda", "invitation from", "to visit Warsaw in the spring", "indirect", "noun_by_source")]),
    # the clause of reports asked about is what the reports said, not what was asked
    ('Fisheries Minister Ola Berg, asked about press reports that he had sold the old trawler, maintained that the '
     'fleet was "keeping every boat".',
     [("Fisheries Minister Ola Berg", "maintained", 'the fleet was "keeping every boat"', "mixed", "verb_clause")]),
    # a stance inside a reported clause belongs to the report
    ("The mayor said that the longer the talks went on, the more he was convinced that the canal would pay off.",
     [("The mayor", "said", "the longer the talks went on, the more he was convinced that the canal would pay off",
       "indirect", "verb_clause")]),
    # two cues in one sentence
    ("Lavrov said the talks were useful and warned that Moscow would not wait forever.",
     [("Lavrov", "said", "the talks were useful", "indirect", "verb_clause"),
      ("Lavrov", "warned", "Moscow would not wait forever", "indirect", "verb_clause")]),
    # a stance adjective with "of"; prepositions that carry the content of "remind", "admit" and "hope"
    ("The minister was critical of the new fishing quotas.",
     [("The minister", "was critical of", "the new fishing quotas", "indirect", "copula_stance")]),
    ("The President reminded of the sacrifices of the dock workers.",
     [("The President", "reminded", "the sacrifices of the dock workers", "indirect", "verb_object")]),
    ("The mayor admitted to delays in the ferry schedule.",
     [("The mayor", "admitted", "delays in the ferry schedule", "indirect", "verb_object")]),
    ("Oslo hoped for a quick agreement on the herring quotas.",
     [("Oslo", "hoped", "a quick agreement on the herring quotas", "indirect", "verb_object")]),
    # "importance" is an attitude only after "attach"; after "confirmed" it is the verb's own object
    ("Norway and Iceland attach great importance to cleaner fishing grounds.",
     [("Norway and Iceland", "attach great importance to", "cleaner fishing grounds", "indirect",
       "light_verb_noun_object")]),
    ("The ministers confirmed the importance of the ferry link.",
     [("The ministers", "confirmed", "the importance of the ferry link", "indirect", "verb_object")]),
    # a participle the parser hung on a noun of the object, without a comma, belongs to the clause's subject;
    # the "of" of "in favour of" the parser hung on the verb
    ("He noted with satisfaction the steady growth of the talks stressing the progress made on fishing quotas.",
     [("He", "noted", "the steady growth of the talks", "indirect", "verb_object"),
      ("He", "stressing", "the progress made on fishing quotas", "indirect", "verb_object")]),
    ("The mayor spoke in favour of expanding trade in coastal areas calling for broader cooperation on fisheries.",
     [("The mayor", "spoke in favour of", "expanding trade in coastal areas", "indirect", "verb_object"),
      ("The mayor", "calling for", "broader cooperation on fisheries", "indirect", "verb_object")]),
    # a document's participle: its clause and its attitude are statements, what it is about is not
    ("The two governments adopted a joint statement saying that the bridge would open in May.",
     [("a joint statement", "saying", "the bridge would open in May", "indirect", "verb_clause")]),
    ("The two governments adopted a joint statement reaffirming their commitment to the ferry agreement.",
     [("a joint statement", "reaffirming their commitment to", "the ferry agreement", "indirect",
       "light_verb_noun_object")]),
    # a meeting as the subject of a main clause speaks for its participants, the source only implied
    ("The meeting confirmed the parties' intention to reopen the ferry line, and said that the fishing quotas should "
     "be respected.",
     [(None, "confirmed the parties' intention", "to reopen the ferry line", "indirect", "light_verb_noun_object"),
      (None, "said", "the fishing quotas should be respected", "indirect", "verb_clause")]),
    ("The talks stressed that the bridge should open in May.",
     [(None, "stressed", "the bridge should open in May", "indirect", "verb_clause")]),
    ("The conversation also touched upon the harbour, emphasising the need to dredge it before winter.",
     [(None, "emphasising", "the need to dredge it before winter", "indirect", "verb_object")]),
    # a cue joined to a reported clause is the reporter's, also after a hope or claims and when the lemma slips
    ("They also expressed hope that the talks on fishing would succeed and noted the need to build new boats.",
     [("They", "expressed hope", "the talks on fishing would succeed", "indirect", "light_verb_noun"),
      ("They", "noted", "the need to build new boats", "indirect", "verb_object")]),
    ("A spokesman for the embassy dismissed claims that the ferry company had cut corners and suggested that the "
     "delays were caused by the storm.",
     [("A spokesman for the embassy", "dismissed", "the ferry company had cut corners", "indirect", "verb_noun_clause"),
      ("A spokesman for the embassy", "suggested", "the delays were caused by the storm", "indirect", "verb_clause")]),
    # the clause the parser hung on "in a statement" is what was said in it
    ("The port office said in a statement that Kari Nordmann, acting on orders from Oslo, had closed the northern "
     "pier.",
     [("The port office", "said", "Kari Nordmann, acting on orders from Oslo, had closed the northern pier", "indirect",
       "verb_clause")]),
    # a speaker after its trailing cue, which the parser did not take for the subject
    ("The closure of the northern pier would only hurt the fishing villages of the coast, warned Mayor Kari Nordmann "
     "after the meeting.",
     [("Mayor Kari Nordmann", "warned", "The closure of the northern pier would only hurt the fishing villages of the "
       "coast", "indirect", "verb_inverted")]),
    # an evaluative adverb makes "spoke about Y" a position; "recognising that Y" is a cue
    ("President Niinisto spoke highly about the new ferry link between the two ports.",
     [("President Niinisto", "spoke", "the new ferry link between the two ports", "indirect", "verb_object")]),
    ("While recognising that the harbour needed repairs, Norway and Finland reaffirmed their plans for the ferry.",
     [("Norway and Finland", "recognising", "the harbour needed repairs", "indirect", "verb_clause"),
      ("Norway and Finland", "reaffirmed", "their plans", "indirect", "verb_object")]),
    # an object pronoun is a source after "according to"
    ("The mayor spoke at length. According to him, the ferry will resume in May.",
     [("him", "According to", "the ferry will resume in May", "according_to", "according_to")]),
    # the main clause of "As X told reporters, ..." holds a statement of its own
    ("As the envoy told reporters, the council had proposed that the pier be rebuilt before winter.",
     [("the envoy", "told", "the council had proposed that the pier be rebuilt before winter", "indirect",
       "verb_as_clause"),
      ("the council", "proposed", "the pier be rebuilt before winter", "indirect", "verb_clause")]),
    # a participle after a comma at the end of a reported clause is the reporter's, a progressive is not
    ("The mayor said the ferry talks were useful, adding that the new timetable would start in May.",
     [("The mayor", "said", "the ferry talks were useful", "indirect", "verb_clause"),
      ("The mayor", "adding", "the new timetable would start in May", "indirect", "verb_clause")]),
    ("He suggested that Oslo and Helsinki share their weather data, arguing that a common storm required common work.",
     [("He", "suggested", "Oslo and Helsinki share their weather data", "indirect", "verb_clause"),
      ("He", "arguing", "a common storm required common work", "indirect", "verb_clause")]),
    ("The mayor said that Oslo was, as before, supporting the northern ferry line.",
     [("The mayor", "said", "Oslo was, as before, supporting the northern ferry line", "indirect", "verb_clause")]),
    # "what he called Y" inside another's content is a label of that content, not a statement of its own (every such
    # case in the annotated corpora has one statement); the first keeps its whole content
    ("The mayor condemned what he called a reckless plan to close the harbour.",
     [("The mayor", "condemned", "what he called a reckless plan to close the harbour", "indirect", "verb_clause")]),
    # without a statement around it, the label is one
    ("The mayor toured what he called a reckless plan to close the harbour.",
     [("he", "called", "a reckless plan to close the harbour", "indirect", "verb_object")]),
    # (the infinitive of what was asked for, which the parser hung on the verb, goes with it)
    ("The council asked the regional government for new funds to repair the pier.",
     [("The council", "asked", "new funds to repair the pier", "indirect", "verb_object")]),
    # "According to" a document opens a report of it; a source the parser did not attach to "to"
    ("According to the indictment, the two men sent money to a shell company in Oslo.",
     [("the indictment", "According to", "the two men sent money to a shell company in Oslo", "according_to",
       "according_to")]),
    ("According to NATO spokesman Kari Nordmann, the first session of the council could take place within weeks.",
     [("NATO spokesman Kari Nordmann", "According to", "the first session of the council could take place within weeks",
       "according_to", "according_to")]),
    # an editor's insertion in square brackets reaches the parser as a parenthesis: the cue after it keeps its
    # subject, and a content ends with the insertion's closing bracket
    ("Mr Lund agreed with Mr Berg that Norway should bear a considerable load of responsibility [for the delay] and "
     "expressed hope that the dispute would be settled by peaceful means.",
     [("Mr Lund", "agreed", "Norway should bear a considerable load of responsibility [for the delay]", "indirect",
       "verb_clause"),
      ("Mr Lund", "expressed hope", "the dispute would be settled by peaceful means", "indirect", "light_verb_noun")]),
    ("Mr Lund thanked the council for its support [of the project] and stressed that the work would go on.",
     [("Mr Lund", "thanked", "the council for its support [of the project]", "indirect", "verb_object"),
      ("Mr Lund", "stressed", "the work would go on", "indirect", "verb_clause")]),
    # the parser hung the clause's subject on the source after the comma: the source ends at the comma
    ("According to the Chinese President, Beijing and Moscow hold identical positions on the matter.",
     [("the Chinese President", "According to", "Beijing and Moscow hold identical positions on the matter",
       "according_to", "according_to")]),
    ("According to the minister, Oslo and Tromso will share the costs of the pier.",
     [("the minister", "According to", "Oslo and Tromso will share the costs of the pier", "according_to",
       "according_to")]),
    # "make" is a cue only with a word of clarity
    ("The minister made clear that the fishing quotas would not change this year.",
     [("The minister", "made clear", "the fishing quotas would not change this year", "indirect", "make_clear")]),
    ("He made it plain that Oslo expected to be paid for the repairs.",
     [("He", "made it plain", "Oslo expected to be paid for the repairs", "indirect", "make_clear")]),
    # a noun phrase the parser took for a clause is no content ("in particular the fight against overfishing")
    ("Norway has agreed to the creation of a fisheries council, the minister said, in pursuit of the aims that face "
     "small ports in the region, in particular the fight against overfishing.",
     [("the minister", "said", "Norway has agreed to the creation of a fisheries council, the minister said, in "
       "pursuit of the aims that face small ports in the region, in particular the fight against overfishing",
       "indirect", "verb_parenthetical")]),
    # an invitation is a statement with what the guest is to do
    ("The mayor invited the Finnish captain to visit the new pier.",
     [("The mayor", "invited", "the Finnish captain to visit the new pier", "indirect", "verb_infinitive")]),
    # a finite verb the parser joined to an infinitive inside the object belongs to the clause's subject
    ("Iceland supported Norwegian efforts to prevent any change of the 1995 fishing treaty and expressed concern about "
     "the planned expansion of the northern trawler fleets.",
     [("Iceland", "supported", "Norwegian efforts to prevent any change of the 1995 fishing treaty", "indirect",
       "verb_object"),
      ("Iceland", "expressed concern about", "the planned expansion of the northern trawler fleets", "indirect",
       "light_verb_noun_object")]),
    ("The mayor hoped that the talks would succeed and noted the need for new boats.",
     [("The mayor", "hoped", "the talks would succeed", "indirect", "verb_clause"),
      ("The mayor", "noted", "the need for new boats", "indirect", "verb_object")]),
    # issue 9, real prose: a proposal with its source and what it proposes (a possessive, or the subject of the verb
    # that puts it forward)
    ("He approved the harbour board's proposal to set up a pilot service.",
     [("the harbour board", "proposal", "to set up a pilot service", "indirect", "proposal_noun")]),
    ("Mr Lind put forward an initiative to build a second bridge across the fjord.",
     [("Mr Lind", "put forward an initiative", "to build a second bridge across the fjord", "indirect",
       "proposal_noun")]),
    ("The union had come up with a proposal on creating a shared fishing zone.",
     [("The union", "proposal", "creating a shared fishing zone", "indirect", "proposal_noun")]),
    ("Despite the Secretary-General's appeal to lift the tariffs, the council kept them.",
     [("the Secretary-General", "appeal", "to lift the tariffs", "indirect", "proposal_noun")]),
    # "As he saw it, Y": a view its holder gives, also when the parser ends the sentence at the comma
    ("As he saw it, the issues concerned trade, fishing and the ferry link.",
     [("he", "As he saw it", "the issues concerned trade, fishing and the ferry link", "indirect", "as_seen")]),
    ("The harbour must be rebuilt before winter, as the mayor sees it.",
     [("the mayor", "as the mayor sees it", "The harbour must be rebuilt before winter", "indirect", "as_seen")]),
    # attitude nouns the tagger took for a name, or listed in the plural, whose lemma differs
    ("The minister expressed solidarity with the flood victims.",
     [("The minister", "expressed solidarity with", "the flood victims", "indirect", "light_verb_noun_object")]),
    ("The governor expressed his considerations about a joint ferry programme.",
     [("The governor", "expressed his considerations about", "a joint ferry programme", "indirect",
       "light_verb_noun_object")]),
    # wire style: "Y, X said, <agency> reported" where the parser hung X's verb on the agency's; a hyphenated word
    # the parser split into three objects of one preposition
    ("The sanctions would hurt ordinary farmers, Medvedev said, Interfax reported.",
     [("Medvedev", "said", "The sanctions would hurt ordinary farmers", "indirect", "verb_trailing")]),
    ("Putin congratulated Erdogan on his re-election.",
     [("Putin", "congratulated", "Erdogan on his re-election", "indirect", "verb_object")]),
    # seeing, regarding and calling X as / X Y: "see X as Y" is a view like "regard X as Y" (present tense left to the
    # journalist); an "as" the parser hung on a later noun; a name the parser made a second direct object
    ("He does not see it as a threat to the ferry talks.",
     [("He", "see", "it as a threat to the ferry talks", "indirect", "verb_object")]),
    ("He regarded partnership in the fishing, shipping and timber industries as top priorities.",
     [("He", "regarded", "partnership in the fishing, shipping and timber industries as top priorities", "indirect",
       "verb_object")]),
    ("He called poverty the main obstacle to growth.",
     [("He", "called", "poverty the main obstacle to growth", "indirect", "verb_object")]),
    # wire style: quoted words the parser hung on the object as modifiers after it
    ('Peskov called the allegations "absurd" and "baseless".',
     [("Peskov", "called", 'the allegations "absurd" and "baseless"', "mixed", "verb_object")]),
    # wire verbs of judgement, with what the thing was judged as (also when the parser made "as Y" an adverbial);
    # "as soon as" is no judgement
    ("Zakharova slammed the decision as a hostile act.",
     [("Zakharova", "slammed", "the decision as a hostile act", "indirect", "verb_object")]),
    ("The ministry rejected the accusations as baseless.",
     [("The ministry", "rejected", "the accusations as baseless", "indirect", "verb_object")]),
    ("Putin hailed the agreement as a breakthrough.",
     [("Putin", "hailed", "the agreement as a breakthrough", "indirect", "verb_object")]),
    ("Lavrov blasted Washington for its support of the coup.",
     [("Lavrov", "blasted", "Washington for its support of the coup", "indirect", "verb_object")]),
    ("He criticised the plan as soon as it was published.",
     [("He", "criticised", "the plan", "indirect", "verb_object")]),
    ("The Kremlin cited security concerns as the reason for the ban.",
     [("The Kremlin", "cited", "security concerns as the reason for the ban", "indirect", "verb_object")]),
    # "agreed" with a named partner reports two parties' talks, as "the sides agreed" does
    ("Putin agreed with Macron on the need for talks on the river dams.",
     [("Putin", "agreed", "the need for talks on the river dams", "indirect", "verb_object")]),
    ("The mayor agreed with Mr Olsen to rebuild the pier.",
     [("The mayor", "agreed", "to rebuild the pier", "indirect", "verb_infinitive")]),
    # a clause after a cue noun that the parser labelled relative but opened with the conjunction "that"; a true
    # relative clause (the verb that made the noun) is no content of its own
    ("Lavrov issued a stern warning that Moscow would respond.",
     [("Lavrov", "issued a stern warning", "Moscow would respond", "indirect", "light_verb_noun")]),
    # a speech printed after "said:" without quote marks: its first paragraph (a fronted participle is no content
    # of a trailing cue); a transcript's speaker turn is no speech (NEGATIVE)
    ("Speaking at the meeting, the mayor said:\n\nThe pier will stay open. We will not close it.\n\nThank you.",
     [("the mayor", "said", "The pier will stay open. We will not close it", "direct", "verb_colon_paragraph")]),
    ("He repeated the claims that he made on Monday.",
     [("He", "repeated", "the claims that he made on Monday", "indirect", "verb_object")]),
    # a warning issued, sounded or contained, with what it is about (its "to" names the addressee)
    ("The ministry issued a warning about possible strikes on the harbour.",
     [("The ministry", "issued a warning about", "possible strikes on the harbour", "indirect",
       "light_verb_noun_object")]),
    ("The ministry sounded a warning over the new tariffs.",
     [("The ministry", "sounded a warning over", "the new tariffs", "indirect", "light_verb_noun_object")]),
    # a topic verb states a position only about a position noun ("the need to Y"), or with an evaluative adverb
    ("The minister spoke of the need to rebuild the pier.",
     [("The minister", "spoke of", "the need to rebuild the pier", "indirect", "verb_object")]),
    ("Mr Olsen focused on the need to rebuild the pier before winter.",
     [("Mr Olsen", "focused on", "the need to rebuild the pier before winter", "indirect", "verb_object")]),
    # a colon after the cue points to the quote after it, not to the one that closes just before it
    ('Lavrov said: "We are ready." He continued: "But we will not wait forever."',
     [("Lavrov", "said", "We are ready", "direct", "verb_clause"),
      ("He", "continued", "But we will not wait forever", "direct", "verb_quote")]),
    # an agentless passive in an "as" clause reports what was said; its agent, when named, speaks
    ("As was noted at the talks, the new ferry line will open in May.",
     [(None, "was noted", "the new ferry line will open in May", "indirect", "passive_as_clause")]),
    ("The harbour needs a new crane, as was pointed out during the meeting.",
     [(None, "was pointed out", "The harbour needs a new crane", "indirect", "passive_as_clause")]),
    ("As was stressed by the mayor, the pier must be rebuilt before winter.",
     [("the mayor", "was stressed", "the pier must be rebuilt before winter", "indirect", "passive_as_clause")]),
    # "everybody" and "everyone" are sources (anonymous ones)
    ("Everybody agreed that the pier must be rebuilt.",
     [("Everybody", "agreed", "the pier must be rebuilt", "indirect", "verb_clause")]),
    # a plural present cue the tagger took for an adverb or adjective
    ("Norway and Finland affirm that the fishing dispute should be settled through talks.",
     [("Norway and Finland", "affirm", "the fishing dispute should be settled through talks", "indirect",
       "verb_clause")]),
    # a statement its makers issue with a position participle: they speak, from the light verb on
    ("The presidents also made a statement supporting the expansion of the ferry service.",
     [("The presidents", "made a statement supporting", "the expansion of the ferry service", "indirect",
       "verb_object")]),
    ("The ministry issued a statement condemning the shelling of the harbour.",
     [("The ministry", "issued a statement condemning", "the shelling of the harbour", "indirect", "verb_object")]),
    # naming among priorities, referring to X as Y, finding X tougher: judgements voiced
    ("The mayor named the new ferry line and the rail link among the priorities of the council.",
     [("The mayor", "named", "the new ferry line and the rail link among the priorities of the council", "indirect",
       "verb_object")]),
    ("He referred to Norway and Finland as trusted partners.",
     [("He", "referred", "Norway and Finland as trusted partners", "indirect", "verb_object")]),
    ("The minister found the talks useful.",
     [("The minister", "found", "the talks useful", "indirect", "verb_clause")]),
    ("The mayor found the new rules too strict.",
     [("The mayor", "found", "the new rules too strict", "indirect", "verb_clause")]),
    # a cue the parser joined to the reported clause is the reporter's second statement, also with an attitude noun
    ("The mayor noted that preparations for the regatta were going well and called attention to the role played by "
     "the Finnish crews.",
     [("The mayor", "noted", "preparations for the regatta were going well", "indirect", "verb_clause"),
      ("The mayor", "called attention to", "the role played by the Finnish crews", "indirect",
       "light_verb_noun_object")]),
    # greetings and wishes exchanged on an occasion
    ("The two mayors exchanged greetings on the centenary of the ferry line.",
     [("The two mayors", "exchanged greetings on", "the centenary of the ferry line", "indirect",
       "light_verb_noun_object")]),
    ("The mayors exchanged best wishes on the anniversary of the bridge.",
     [("The mayors", "exchanged best wishes on", "the anniversary of the bridge", "indirect",
       "light_verb_noun_object")]),
    # a verb of judging with an evaluative adverb voices the judgement, the adverb part of the cue
    ("President Putin highly assessed the results of the talks with the Finnish delegation.",
     [("President Putin", "highly assessed", "the results of the talks with the Finnish delegation", "indirect",
       "verb_object")]),
    ("Mr Olsen highly appreciated the contribution of the Norwegian side.",
     [("Mr Olsen", "highly appreciated", "the contribution of the Norwegian side", "indirect", "verb_object")]),
    # readout passives: affirmed, pointed out or mentioned with "it"
    ("It was affirmed that the pier would be rebuilt.",
     [(None, "was affirmed", "the pier would be rebuilt", "indirect", "passive_cue")]),
    ("It was pointed out that the pier would be rebuilt.",
     [(None, "was pointed out", "the pier would be rebuilt", "indirect", "passive_cue")]),
    ("It was mentioned that the pier would be rebuilt.",
     [(None, "was mentioned", "the pier would be rebuilt", "indirect", "passive_cue")]),
    # a cue the parser made a clause of its own content's verb, a phrase between it and "that"
    ("The message points out, among other things, that the slow pace of the repairs has forced the "
     "fishermen to settle in Bergen.",
     [("The message", "message points out",
       "the slow pace of the repairs has forced the fishermen to settle in Bergen", "indirect",
       "verb_clause")]),
    # objecting to and arguing for a thing voice a position on it
    ("The Finnish President objected to the new tariffs.",
     [("The Finnish President", "objected", "the new tariffs", "indirect", "verb_object")]),
    ("The mayor argued for a new bridge.", [("The mayor", "argued", "a new bridge", "indirect", "verb_object")]),
    # the parties of a readout named by a group noun with its article; assuring someone of a thing
    ("The interlocutors stressed the importance of the ferry talks.",
     [("The interlocutors", "stressed", "the importance of the ferry talks", "indirect", "verb_object")]),
    ("Mr Olsen assured his counterpart of Norway's support for the project.",
     [("Mr Olsen", "assured", "Norway's support for the project", "indirect", "verb_object")]),
    # "shall" in a quote, or with a first-person subject, is speech, not a legal provision
    ('The mayor said: "The parties shall meet in May."',
     [("The mayor", "said", "The parties shall meet in May", "direct", "verb_clause")]),
    ("The mayor said that we shall rebuild the pier before winter.",
     [("The mayor", "said", "we shall rebuild the pier before winter", "indirect", "verb_clause")]),
]

# issue 9, wire news: documents that speak with verbs other than "said", an appeal the parser made a purpose clause,
# trailing "according to" a body of a named state, new cues, catenative chains, a name the parser took for an adverb,
# passive quoting by a source, a clause lost after the audience, dates and conditions at the content's edges
WIRE_CASES = [
    # a treaty is a document: its noun is part of the cue, as in "statement said"
    ("The fisheries treaty says each fleet must report its catch every month.",
     [("The fisheries treaty", "treaty says", "each fleet must report its catch every month", "indirect",
       "verb_clause")]),
    ("The charter states that no member may leave before 2030.",
     [("The charter", "states", "no member may leave before 2030", "indirect", "verb_clause")]),
    ("The draft declaration, seen by the AP, calls on all fleets to refrain from fishing in the bay.",
     [("The draft declaration", "calls on", "all fleets to refrain from fishing in the bay", "indirect",
       "verb_infinitive")]),
    ("Ferries stopped running overnight, according to Norway's coast guard.",
     [("Norway's coast guard", "according to", "Ferries stopped running overnight", "according_to",
       "according_to")]),
    ("Baerbock underlined that the pier would stay open.",
     [("Baerbock", "underlined", "the pier would stay open", "indirect", "verb_clause")]),
    # an act only the reporter performs, joined in the same tense to the clause a cue reports: a second statement
    ("Olsen said the council backed the plan and called on the governor to fund the pier.",
     [("Olsen", "said", "the council backed the plan", "indirect", "verb_clause"),
      ("Olsen", "called on", "the governor to fund the pier", "indirect", "verb_infinitive")]),
    ("Olsen said the council backed the plan and agreed to fund the pier.",
     [("Olsen", "said", "the council backed the plan and agreed to fund the pier", "indirect", "verb_clause")]),
    # the same, with a parenthetical between the name and its verb
    ("Modi, for his part, said India was ready to help restore peace.",
     [("Modi", "said", "India was ready to help restore peace", "indirect", "verb_clause")]),
    ("Olsen likened the new tariffs to a tax on fishermen.",
     [("Olsen", "likened", "the new tariffs to a tax on fishermen", "indirect", "verb_object")]),
    ("The mayor labelled the budget 'a gift to the rich'.",
     [("The mayor", "labelled", "the budget 'a gift to the rich'", "mixed", "verb_object")]),
    ("Olsen pressed the governor to fund the new pier.",
     [("Olsen", "pressed", "to fund the new pier", "indirect", "verb_infinitive")]),
    ("Olsen went on to say that the ferry would run all winter.",
     [("Olsen", "say", "the ferry would run all winter", "indirect", "verb_clause")]),
    ("Olsen sought to reassure captains that the pier would not close.",
     [("Olsen", "reassure", "the pier would not close", "indirect", "verb_clause")]),
    ("The mayor took to the radio to denounce the closure of the pier.",
     [("The mayor", "denounce", "the closure of the pier", "indirect", "verb_object")]),
    ("Baerbock echoed the warning, saying the pier would not be sold.",
     [("Baerbock", "saying", "the pier would not be sold", "indirect", "verb_clause")]),
    ("Peskov was cited by the local paper as saying the pier would reopen.",
     [("Peskov", "saying", "the pier would reopen", "indirect", "verb_clause")]),
    ('"The pier will reopen," the minutes quoted the mayor as telling the council.',
     [("the mayor", "telling", "The pier will reopen", "direct", "verb_quote")]),
    ("Kari Nordmann, who has run the harbour since 2015 and is one of the mayor's closest allies, told a meeting of "
     "captains that the pier had been 'badly damaged'.",
     [("Kari Nordmann", "told", "the pier had been 'badly damaged'", "mixed", "verb_clause")]),
    ("The Norwegian envoy, Kari Nordmann, told the Nordic Council that Oslo was 'weaponizing hunger.'",
     [("Kari Nordmann", "told", "Oslo was 'weaponizing hunger.'", "mixed", "verb_clause")]),
    ("The mayor insisted on Friday that the pier was safe.",
     [("The mayor", "insisted", "the pier was safe", "indirect", "verb_clause")]),
    ("The mayor threatened to seize the boats in Bergen if the fines went unpaid.",
     [("The mayor", "threatened", "to seize the boats in Bergen if the fines went unpaid", "indirect",
       "verb_infinitive")]),
    ("The mayor warned of 'serious delays' if the strike went ahead.",
     [("The mayor", "warned", "'serious delays' if the strike went ahead", "mixed", "verb_object")]),
    # a topic verb with a quoted characterisation states a position
    ("The mayor spoke of 'a new dawn' for the fishing towns.",
     [("The mayor", "spoke of", "'a new dawn' for the fishing towns", "mixed", "verb_object")]),
    # a headline drops the verb of what was said: the object of its present-tense cue is the content
    ("Mayor says no money for new pier",
     [("Mayor", "says", "no money for new pier", "indirect", "verb_object")]),
    ("Stoltenberg vows new support for Baltic ports",
     [("Stoltenberg", "vows", "new support for Baltic ports", "indirect", "verb_object")]),
    # court and family sources: a court's ruling, a court document, a defendant's relatives
    ("A court in Bergen ruled on Thursday that the trawler could be sold.",
     [("A court", "ruled", "the trawler could be sold", "indirect", "verb_clause")]),
    ("The complaint says Olsen had shipped the chips through Oslo.",
     [("The complaint", "complaint says", "Olsen had shipped the chips through Oslo", "indirect", "verb_clause")]),
    ("Olsen's daughter, reached by telephone in Bergen, said her father never asked questions.",
     [("Olsen's daughter", "said", "her father never asked questions", "indirect", "verb_clause")]),
    # a conjunct under a modal is part of the reported clause, not the reporter's second cue
    ('The embassy said in a statement that it was "closely following" the case and would insist that the sailors be '
     'freed.',
     [("The embassy", "said", 'it was "closely following" the case and would insist that the sailors be freed',
       "mixed", "verb_clause")]),
    ("Olsen, campaigning in Bergen, shot back that the mayor's record was one of weakness.",
     [("Olsen", "shot", "the mayor's record was one of weakness", "indirect", "verb_clause")]),
    ('"You send him a bill," the Democratic nominee said.',
     [("the Democratic nominee", "said", "You send him a bill", "direct", "verb_clause")]),
    # a cue the parser made the root, set off between the subject it took for an adverb and the verb it joined to it
    ("Russia, he told Itar-Tass, valued its membership of the Council of Europe.",
     [("he", "told", "Russia, he told Itar-Tass, valued its membership of the Council of Europe", "indirect",
       "verb_parenthetical")]),
    # a present-tense "speaks for" describes a role; the past tense may report support
    ("Olsen, the aide who speaks for the mayor on fishing, said the pier would reopen.",
     [("Olsen", "said", "the pier would reopen", "indirect", "verb_clause")]),
    # a contrast after "even as" is a source of its own
    ("The mayor declared the pier safe, even as his aides made plain that it would close.",
     [("The mayor", "declared", "the pier safe", "indirect", "verb_clause"),
      ("his aides", "made plain", "it would close", "indirect", "make_clear")]),
    # "said earlier that Y" with the clause hung on the adverb; not "earlier that day"
    ("The ministry said earlier that the frigate had fired two missiles.",
     [("The ministry", "said", "the frigate had fired two missiles", "indirect", "verb_clause")]),
    # military rulers speak; a relative after the outlet that read their communique is the communique's, never the
    # outlet's (here inside the rulers' content, as their communique's words)
    ("Mali's military rulers said they were ending the accords, in a communique read on state television that "
     "accused Paris of spying.",
     [("Mali's military rulers", "said", "they were ending the accords, in a communique read on state television that "
       "accused Paris of spying", "indirect", "verb_clause")]),
    ('State television said the satellites would test "positioning technology".',
     [("State television", "said", 'the satellites would test "positioning technology"', "mixed", "verb_clause")]),
    # a feeling voiced with nothing after it
    ("The council voiced unease.",
     [("The council", "voiced", "unease", "indirect", "light_verb_bare_attitude")]),
]
CASES += WIRE_CASES


def found(statements):
    return sorted((s.speaker.text if s.speaker else None, s.cue.text, s.content.text, s.kind, s.rule)
                  for s in statements)


@pytest.mark.parametrize("body, expected", CASES, ids=[c[1][0][1] + ":" + c[0][:30] for c in CASES])
def test_statement_patterns(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


NEGATIVE = [
    # a transcript's speaker turn after "said:" is no speech printed without quote marks
    "The meeting opened at noon. The mayor said:\n\nHans Lund: Good afternoon, colleagues.",
    "The ministry said nothing earlier that day.",
    "This suggests that Moscow is preparing a new offer.",
    "The remarks appeared to contradict earlier statements.",
    "Rumours have increased that the minister will resign.",
    "The delegation met NATO officers in Brussels on Tuesday.",
    "It remains to be seen whether the bridge will open on time.",
    "The plan indicates that the alliance expects a long standoff.",
    "He declined to say whether the talks would resume.",
    # an organisation's decision is an action, not a statement; "agreed to" reports talks only for several parties
    "NATO agreed to create a rapid reaction force.",
    "EU leaders agreed to extend the sanctions for six months.",
    # first-person cues outside quotes are a speech's own words (transcripts), not attributed statements
    "I hope that the talks will succeed.",
    "We believe the plan is fair.",
    # "speaking in" a place is not "speaking in favour of"; a gerund after "against" is not what was said
    "Speaking in Washington, the envoy met reporters.",
    "Several missions had argued against supporting the proposal.",
    # removing a person from office is no rejection of a claim
    "The mayor dismissed his predecessor in March.",
    "The mayor dismissed the harbour director on Saturday.",
    # a document "speaks of" what it contains
    "The treaty speaks of building a common economic space.",
    "He read the report on the plane.",
    # commenting on a topic, giving attention to something, thanking "you" in a transcript
    "Mr Lavrov commented on the flooding along the border.",
    "The commission is giving more attention to rural broadband.",
    "Prime Minister Mark Rutte: Thank you very much for the warm welcome.",
    # topics and intentions are not statements
    "The two mayors focused on the state of the harbour bridges.",
    "Mr Lavrov spoke about his memories of the chess tournament.",
    "Norway would support such a lighthouse programme by any neighbour.",
    "Our farmers feel that they are owed a dry summer.",
    # a stance adjective without a clause, a vote in favour, a source's condition, a report's own clause
    "The town council is convinced.",
    "Later that evening, he said.",
    "A decision was made to close the mine.",
    "Great attention was given to the safety of the ferries.",
    "The proposal by the mayor was rejected.",
    "He passed on the mayor's invitation to visit the new library.",
    "The mayor called a meeting to discuss the flooding.",
    "The partnership Lavrov praised is under some strain, however.",
    "Crowds lined the streets, waving flags and cheering.",
    "After the talks with the Finnish delegation, the new harbour opened.",
    "According to RIA Novosti, the ferry talks will resume in June.",
    "Mr Lavrov called his Finnish colleague, Mr Haavisto, on Monday.",
    "All countries are convinced that the river is clean.",
    "The vote is in favour of the harbour bill.",
    "The official asked not to be named.",
    # a passive with a modal is the journalist's aside
    "It should be noted that the ferry was late.",
    # a stranded preposition holds no content; attaching a thing is not attaching importance
    "The harbour was less busy than the mayor had hoped for.",
    "He attached a map to the letter.",
    "The council issued a statement welcoming the new members.",
    # a meeting's topic or what it showed is the journalist's summary
    "The talks focused on the fishing quotas.",
    "The meeting showed that the two towns still disagree.",
    # a view in the present tense is the journalist's characterisation; defending a decision is not a statement
    "It suggests that Moscow wants calm in the harbour.",
    "Ankara, which regards the missiles as a threat to its coast, has protested.",
    "The mayor regards the new bridge as a waste of money.",
    "He defended the decision to close the port.",
    # a second verb of the sentence's own subject, with its object
    "The port authority closed the northern pier, warned the captains and left.",
    "Finland recognised Kosovo in 2008.",
    "According to plan, the ferry left the harbour at noon.",
    "The storm made the crossing dangerous for small boats.",
    "The mayor invited the guest captains and their crews.",
    # a proposal without a source, or named only by its topic; a plural that sums up earlier proposals; "see" as sight
    "Its proposal to merge the two ports was rejected.",
    "The ministry made a proposal on fishing quotas.",
    "There was no answer to Norway's repeated proposals to share the pier.",
    "As we saw on Monday, the bridge is closed.",
    "As he saw the damage, he wept.",
    "He saw the new harbour on Monday.",
    "He saw the site as the clearing went on.",
    "Moscow sees the new radar as a threat.",
    'The mayor called the "new" harbour master on Monday.',
    # a host greeting guests
    "The minister warmly welcomed the war veterans from Norway and Finland.",
    "The governor welcomed the delegation from Oslo.",
    "The storm blasted the coast for three days.",
    # a first person among the sources is a transcript's own voice, like "I hope" and "we believe"
    "Mr Olsen and I noted that the ferry talks are going well.",
    "Mr Olsen and I share the view that the harbour must be rebuilt.",
    # a modal shared by joined base forms: a rule or an intention, not a statement
    "A member state shall not undertake, take part in or support any action against another member.",
    "Norway would welcome and support such a fishing pact.",
    # agreeing with a thing is no partner
    "The council agreed with this to rebuild the pier.",
    # issuing an invitation to someone names the guest; a warning's "to" names who is warned
    "The mayor issued an invitation to the Finnish captain.",
    "The ministry issued a warning to the fishing boats.",
    # topics: speaking of efforts, talking about transit, focusing on a list
    "The minister spoke of the efforts to rebuild the pier.",
    "The two mayors talked about ferry transit.",
    "The mayors also focused on the future of the Nordic Council, the ferry dispute and trade in timber.",
    # an "as" passive under a modal or with a subject is no report; "pointed" needs its "out"
    "As might be expected, the ferry was late.",
    "As the ferry was delayed, the mayor left early.",
    "As was reported earlier, the bridge is closed.",
    # an adjective "welcome" after "be"
    "It is welcome that the ferry talks have resumed.",
    # naming without "among", referring without "as": a name given, a topic
    "He named his son Olaf.",
    "He referred to the need for a new pier.",
    "The mayor was named among the best in the region.",
    # a topic mentioned in the passive; hearsay ("it was said")
    "The ferry was mentioned.",
    "It was said that the pier would be rebuilt.",
    # a bare plural group noun is no identifiable source
    "Interlocutors stressed the importance of the ferry talks.",
    # judging without an evaluative adverb measures or is glad of something
    "The experts assessed the damage to the pier.",
    "The mayor appreciated the help.",
    # views exchanged on a topic, gifts exchanged: no position voiced
    "The two mayors exchanged views on the ferry line.",
    "The two captains exchanged gifts on the pier.",
    # the provisions of a legal text ("shall") hold no statements, whatever source phrase they name
    "According to the treaty, the parties shall share their fishing data every year.",
    "A party shall, in its opinion, notify the depositary of any breach.",
    # "found" with a finite clause is realising, not judging
    "The fishermen found they were part of a larger fleet.",
    "Some delegates appear to find the Finnish text more interesting than the Swedish one.",
    # issue 9, wire news: pressing a button, a plan owned by a state, the idiom "in view of", labelling without a name,
    # infinitives of going on, seeking and taking that are no cues; a treaty's own events
    "Olsen pressed the button to open the gate.",
    "The ferry will leave at noon, according to Norway's plan.",
    "The ferry plan was discussed in view of the agreements reached in May.",
    "The mayor labelled the boxes before the move.",
    "Olsen went on to visit the old pier.",
    "The mayor sought to repair the pier before winter.",
    "Crews took to the water to repair the pier.",
    "The treaty entered into force in May.",
    "The rhetoric the council had used to condemn the plan was harsh.",
    # time taken ("It took weeks"), a day at the start of a sentence: no speaker
    "It took weeks to confirm that the storm had hit the pier.",
    "Friday underlined that the pier would close.",
    # "says" with an object in prose, or in an unpunctuated line too long for a headline
    "He says a few words.",
    # a topic with neither a position noun nor quote marks (a possessive apostrophe is none)
    "The mayor spoke of a new dawn for the fishing towns.",
    "The mayors focused on their countries’ efforts to settle the dispute.",
    "Mayor says no money for new pier despite long pleas from the fishermen of the northern coast and the islands",
]


@pytest.mark.parametrize("body", NEGATIVE)
def test_no_statement_in_the_journalists_own_analysis(annotate_text, body):
    assert annotate_text(body) == ()


def test_every_rule_is_exercised_by_a_case():
    used = {r for _, expected in CASES for *_, r in expected}
    assert set(RULES) - used == set()


def test_rules_are_validated_when_registered():
    def ok(ctx, off, tok):
        """A rule."""

    with pytest.raises(ValueError, match="registered twice"):
        rule("verb_clause", pos=("VERB",))(ok)
    with pytest.raises(ValueError, match="snake case"):
        rule("Bad Name", pos=("VERB",))(ok)

    def wrong(ctx, tok):
        """Two parameters."""

    with pytest.raises(ValueError, match="must take"):
        rule("wrong_signature", pos=("VERB",))(wrong)

    def undocumented(ctx, off, tok):
        pass

    with pytest.raises(ValueError, match="docstring"):
        rule("undocumented", pos=("VERB",))(undocumented)
    assert "wrong_signature" not in RULES and "undocumented" not in RULES


def test_a_subset_of_rules_can_run_alone(nlp):
    from pipeline.extract import extract
    from pipeline.quotes import find_quotes
    from pipeline.reader import article_from_text
    from pipeline.sentences import parse

    art = article_from_text("Publication: X Date: 2005-06-01\n\nLavrov said talks would go on. According to Ryabkov, "
                            "the next round opens in May.\n", "t")
    parsed = parse(art, nlp)
    assert {a.rule for a in extract(parsed, find_quotes(art))} == {"verb_clause", "according_to"}
    assert {a.rule for a in extract(parsed, find_quotes(art), names=["according_to"])} == {"according_to"}


def test_anonymous_collective_gets_no_entity(annotate_text):
    (st,) = annotate_text("Some commentators argued that the summit had failed.")
    assert st.speaker.text == "Some commentators" and st.entity is None


def test_cue_inside_a_quote_is_not_a_second_statement(annotate_text):
    sts = annotate_text('"I said it before and I say it again: we will respond," Putin said.')
    assert [s.cue.text for s in sts] == ["said"]


def test_a_letter_quoted_in_the_next_paragraph_after_a_colon(annotator):
    text = ("Publication: X Date: 2002-12-09\n\nThe letter said, in part:\n\n\u201cWe are grateful for the help "
            "of your rescue teams.\u201d\n")
    (st,) = annotator.annotate_text(text, "t.txt").statements
    assert (st.speaker.text, st.content.text, st.kind, st.rule) == (
        "The letter", "We are grateful for the help of your rescue teams", "direct", "verb_quote")


def test_offsets_point_into_the_text(annotator):
    text = "Publication: X Date: 2005-06-01\n\n“We will respond,” Lavrov said on Tuesday.\n"
    (st,) = annotator.annotate_text(text).statements
    for span in (st.content, st.cue, st.speaker):
        assert text[span.start:span.end] == span.text


@pytest.mark.parametrize("seg, start", [
    ("the talks will go on (AP, May 2)", 20),
    ("the talks will go on  \n(Interfax)", 20),
    ("we agree (AP", 8),
    ("it will end (soon)", None),                      # lower case and no month: part of the content
    ("the talks (in Geneva) will go on", None),        # not at the end
    ("the base (Reuters) will close (in May", 29),     # only the last parenthesis can open a citation
    ("no citation at all", None),
    (" " * 50_000 + "(AP)", 0),                         # a long run of spaces before it: linear, and all of it cut
])
def test_citation_start(seg, start):
    from pipeline.extract.base import citation_start

    assert citation_start(seg) == start


def test_region_bounds_from_subtree_edges_give_the_same_statements(annotate_text, monkeypatch):
    # Run-on lines take the edge-based bounds (linear); on real sentences they must equal the walk of every subtree.
    import pipeline.extract.base as base

    expected = [found(annotate_text(body)) for body, _ in CASES]
    monkeypatch.setattr(base, "REGION_SCAN_LIMIT", 0)
    assert [found(annotate_text(body)) for body, _ in CASES] == expected


def test_a_run_on_line_of_reports_is_one_statement(annotate_text):
    # 400 "X said Y and" clauses in one sentence (past REGION_SCAN_LIMIT): one statement by the first speaker, the rest
    # its content.
    body = "Lavrov said the talks were useful and " * 400 + "the rest followed."
    (st,) = annotate_text(body)
    assert (st.speaker.text, st.cue.text, st.rule) == ("Lavrov", "said", "verb_clause")
    assert st.content.text.startswith("the talks were useful and Lavrov said")
    assert st.content.text.endswith("the rest followed")


def hand_parse(nlp, rows, lemmas, ents=None):
    """The statements of a one-sentence parse built by hand from (word, head, dependency, part of speech, tag) rows,
    with the lemmas given by position (``{1: "think"}``; the rest are the lower-case words) and, if given, the named
    entities as IOB tags (``["O", "B-PERSON", ...]``)."""
    from spacy.tokens import Doc

    from pipeline.extract import extract
    from pipeline.records import Sentence
    from pipeline.sentences import Parse

    words, heads, deps, pos, tags = (list(x) for x in zip(*rows))
    doc = Doc(nlp.vocab, words=words, spaces=[nx not in (",", ".", "") for nx in words[1:] + [""]], heads=heads,
              deps=deps, pos=pos, tags=tags, lemmas=[lemmas.get(i, w.lower()) for i, w in enumerate(words)], ents=ents)
    return found(extract(Parse(doc.text, [(0, doc)], (Sentence(0, 0, len(doc.text)),)), []))


# "Mr Olsen, in turn, highlighted Finnish interest in the ferry." as the small model may parse it: the verb an adjective
# of its object, the object the root, the subject hung on the object
VERB_AS_MODIFIER = [
    ("Mr", 1, "compound", "PROPN", "NNP"), ("Olsen", 7, "nsubj", "PROPN", "NNP"), (",", 7, "punct", "PUNCT", ","),
    ("in", 7, "prep", "ADP", "IN"), ("turn", 3, "pobj", "NOUN", "NN"), (",", 7, "punct", "PUNCT", ","),
    ("highlighted", 7, "amod", "VERB", "VBD"), ("interest", 7, "ROOT", "NOUN", "NN"), ("in", 7, "prep", "ADP", "IN"),
    ("the", 10, "det", "DET", "DT"), ("ferry", 8, "pobj", "NOUN", "NN"), (".", 7, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize("subject_dep, tag, expected", [
    ("nsubj", "VBD", [("Mr Olsen", "highlighted", "interest in the ferry", "indirect", "verb_object")]),
    # a participle that truly modifies ("the highlighted interest"), or no source on the object: nothing
    ("nsubj", "JJ", []),
    ("compound", "VBD", []),
])
def test_a_verb_the_parser_took_for_a_modifier_of_its_object(nlp, subject_dep, tag, expected):
    rows = list(VERB_AS_MODIFIER)
    rows[1] = rows[1][:2] + (subject_dep,) + rows[1][3:]
    rows[6] = rows[6][:4] + (tag,)
    assert hand_parse(nlp, rows, {6: "highlight"}) == expected


# "He thought that in talking to Oslo one needed patience." as the small model may parse it: "that" the object of the
# verb, the clause's pieces hung on the verb
STRAY_THAT = [
    ("He", 1, "nsubj", "PRON", "PRP"), ("thought", 1, "ROOT", "VERB", "VBD"), ("that", 1, "dobj", "SCONJ", "IN"),
    ("in", 1, "prep", "ADP", "IN"), ("talking", 3, "pcomp", "VERB", "VBG"), ("to", 4, "prep", "ADP", "IN"),
    ("Oslo", 5, "pobj", "PROPN", "NNP"), ("one", 6, "nummod", "NUM", "CD"), ("needed", 7, "acl", "VERB", "VBD"),
    ("patience", 8, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize("that_pos, expected", [
    ("SCONJ", [("He", "thought", "in talking to Oslo one needed patience", "indirect", "verb_clause")]),
    # a demonstrative "that" is a true object ("He thought that over"): nothing
    ("PRON", []),
])
def test_a_that_the_parser_took_for_the_object_of_a_clausal_cue(nlp, that_pos, expected):
    rows = list(STRAY_THAT)
    rows[2] = rows[2][:3] + (that_pos,) + rows[2][4:]
    assert hand_parse(nlp, rows, {1: "think"}) == expected


# issue 9, wire news: sources the speaker nouns now know (a service of the armed forces, a watchdog, a company, its
# chief executive, a person briefed, politicians), and nouns of the same clauses that still speak not
WIRE_SOURCES = [
    ("Norway's air force said the jet had landed safely at Bodo.",
     [("Norway's air force", "said", "the jet had landed safely at Bodo", "indirect", "verb_clause")]),
    ("The harbour had reopened, the U.N. maritime watchdog said on Friday.",
     [("the U.N. maritime watchdog", "said", "The harbour had reopened", "indirect", "verb_clause")]),
    ("The company has said it obeys the law in every port.",
     [("The company", "said", "it obeys the law in every port", "indirect", "verb_clause")]),
    ("The former shipping executive said he would review the contracts.",
     [("The former shipping executive", "said", "he would review the contracts", "indirect", "verb_clause")]),
    ("Some Danish politicians argued that the ferry should be free.",
     [("Some Danish politicians", "argued", "the ferry should be free", "indirect", "verb_clause")]),
    ("The ferry will resume in May, according to a person briefed on the talks.",
     [("a person", "according to", "The ferry will resume in May", "according_to", "according_to")]),
]
WIRE_SOURCE_NEGATIVES = [
    "The force of the storm showed that the pier was weak.",
    "The company of soldiers marched to the pier.",
]


@pytest.mark.parametrize("body, expected", WIRE_SOURCES, ids=[c[0][:30] for c in WIRE_SOURCES])
def test_wire_sources(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


@pytest.mark.parametrize("body", WIRE_SOURCE_NEGATIVES)
def test_wire_source_nouns_that_do_not_speak(annotate_text, body):
    assert annotate_text(body) == ()


# issue 9, wire news: a reporter's second cue that the parser joined to (or set beside) the reported clause
SECOND_CUES = [
    # joined to a clause inside the reported clause ("showed that ... and vowed")
    ('The harbour office said the storm showed that the pier had been "a poor design" and vowed to rebuild it.',
     [("The harbour office", "said", 'the storm showed that the pier had been "a poor design"', "mixed",
       "verb_clause"),
      ("The harbour office", "vowed", "to rebuild it", "indirect", "verb_infinitive")]),
    # joined to a progressive, whose "was" a past tense cannot share
    ("Mayor Olsen said the flood showed that the town was testing its luck and called for a new dam.",
     [("Mayor Olsen", "said", "the flood showed that the town was testing its luck", "indirect", "verb_clause"),
      ("Mayor Olsen", "called for", "a new dam", "indirect", "verb_object")]),
    # set beside the first clause as a second complement of "said"
    ('Harbour master Kari Nordmann said the crews would take "a close look" at the hull but warned that it could '
     'not be repaired soon.',
     [("Harbour master Kari Nordmann", "said", 'the crews would take "a close look" at the hull', "mixed",
       "verb_clause"),
      ("Harbour master Kari Nordmann", "warned", "it could not be repaired soon", "indirect", "verb_clause")]),
]


@pytest.mark.parametrize("body, expected", SECOND_CUES, ids=[c[0][:30] for c in SECOND_CUES])
def test_a_second_cue_joined_to_the_reported_clause(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


def test_a_verb_joined_inside_the_reported_clause_stays_in_it(annotate_text):
    # a second reported clause with "that" is still the first cue's content
    assert found(annotate_text("Olsen said the crews would inspect the hull and that repairs could take a year.")) == [
        ("Olsen", "said", "the crews would inspect the hull and that repairs could take a year", "indirect",
         "verb_clause")]


# issue 9, wire news: a quote that closes its sentence with a full stop belongs to that sentence, not to a cue that
# opens a sentence of its own; a "that" after the audience opens the content whatever the parser made of it
QUOTE_BOUNDARIES = [
    ('Mayor Olsen said the toll was "not fair." The mayor told the council that the ferry had compared poorly with '
     'the bridge in every year.',
     [("Mayor Olsen", "said", 'the toll was "not fair."', "mixed", "verb_clause"),
      ("The mayor", "told", "the ferry had compared poorly with the bridge in every year", "indirect",
       "verb_clause")]),
    ('Olsen said the pier would open "on the basis of respect for the fishermen."\n\nThe council agreed on '
     'Monday to raise the harbour fees for trawlers.',
     [("Olsen", "said", 'the pier would open "on the basis of respect for the fishermen."', "mixed",
       "verb_clause")]),
    # a stray full stop before a bare "X said" still leaves the quote to it
    ('"We will not yield. Our answer will be firm." Ivanov said.',
     [("Ivanov", "said", "We will not yield. Our answer will be firm", "direct", "verb_quote")]),
    # ... but not over a paragraph break: the next paragraph's cue has an object of its own
    ('Olsen said the council should act before "the pier falls into the sea."\n\nCouncillor Berg, a fisherman, '
     'offered another view.',
     [("Olsen", "said", 'the council should act before "the pier falls into the sea."', "mixed", "verb_clause")]),
    # a quoted fragment of the clause before the cue: the sentence, cue and all, is the content
    ('If the harbour became "a car park for cruise ships," he added, the town would lose its boats.',
     [("he", "added", 'If the harbour became "a car park for cruise ships," he added, the town would lose its boats',
       "mixed", "verb_parenthetical")]),
    # a quote that is the object of a preposition before a relative clause's cue says nothing of that cue's subject
    ('The mayor accused the company of "feeding the very fire" it claimed to be putting out.',
     [("The mayor", "accused", 'the company of "feeding the very fire"', "mixed", "verb_object")]),
    # a quote's last word is no dangling connective
    ('"Nobody should have any doubt about that," Olsen said.',
     [("Olsen", "said", "Nobody should have any doubt about that", "direct", "verb_clause")]),
]


@pytest.mark.parametrize("body, expected", QUOTE_BOUNDARIES, ids=[c[0][:30] for c in QUOTE_BOUNDARIES])
def test_quote_boundaries_of_wire_copy(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


# issue 9, wire news: a denied cue of speaking, a negated subject, a denied or conditional passive say nothing
# Reporting verbs of general English that the studied pages rarely use ("indicated that", "disclosed that"): a cue in
# the past tense; in the present a view the journalist ascribes ("the figures indicate", "Moscow fears") is none.
LESS_COMMON_CUES = [
    ("The spokesman indicated that the pier would reopen in May.",
     [("The spokesman", "indicated", "the pier would reopen in May", "indirect", "verb_clause")]),
    ("Mr Lindqvist disclosed that the ferry company had been sold.",
     [("Mr Lindqvist", "disclosed", "the ferry company had been sold", "indirect", "verb_clause")]),
    ("The mayor regretted that the council had not been consulted.",
     [("The mayor", "regretted", "the council had not been consulted", "indirect", "verb_clause")]),
    ("The minister specified that the new boats would be based in Tromso.",
     [("The minister", "specified", "the new boats would be based in Tromso", "indirect", "verb_clause")]),
    ("The governor disputed the council's account of the flooding.",
     [("The governor", "disputed", "the council's account of the flooding", "indirect", "verb_object")]),
    ("The minister advised fishermen not to sail past the islands.",
     [("The minister", "advised", "not to sail past the islands", "indirect", "verb_infinitive")]),
]


@pytest.mark.parametrize("body, expected", LESS_COMMON_CUES, ids=[c[0][:30] for c in LESS_COMMON_CUES])
def test_less_common_reporting_verbs(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


@pytest.mark.parametrize("body", [
    "The figures indicate that the harbour grew by a fifth last year.",
    "The fishermen's union fears that the quotas will be cut.",
    "Oslo worries that the bridge will not be finished in time.",
])
def test_a_present_view_of_a_less_common_verb_is_no_statement(annotate_text, body):
    assert found(annotate_text(body)) == []


@pytest.mark.parametrize("body, expected", [
    # the parser tags the lone surname as a plural noun ("Morales/NNS"); the article has read it as a name before,
    # in the same paragraph or another
    ("President of Bolivia Evo Morales said that the gas deal was fair. Morales added that prices would stay low.",
     [("President of Bolivia Evo Morales", "said", "the gas deal was fair", "indirect", "verb_clause"),
      ("Morales", "added", "prices would stay low", "indirect", "verb_clause")]),
    ("President of Bolivia Evo Morales arrived in Moscow on Monday.\n\nMorales later said that Bolivia would sell "
     "more gas.", [("Morales", "said", "Bolivia would sell more gas", "indirect", "verb_clause")]),
    # never read as a name: no speaker
    ("Morales later said that Bolivia would sell more gas.", []),
])
def test_a_name_the_parser_took_for_a_plural_noun(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


NOTHING_SAID = [
    "Oslo has never described the ferry strike as a blockade.",
    "The mayor did not say which piers would close first.",
    "Neither mayor announced a deal on the ferry.",
    "No official confirmed that the pier would close.",
    "Rumours that the mayor would resign in July have not been confirmed.",
    # not said yet
    "Mayor Olsen will tell the council on Thursday that the pier must close.",
]
# a negated view is still a view
NEGATED_VIEWS = [
    ("The mayor does not believe that the ferry will pay for itself.",
     [("The mayor", "believe", "the ferry will pay for itself", "indirect", "verb_clause")]),
    ("Olsen said the council would act if a truce is agreed.",
     [("Olsen", "said", "the council would act if a truce is agreed", "indirect", "verb_clause")]),
]


@pytest.mark.parametrize("body", NOTHING_SAID)
def test_a_denied_cue_of_speaking_says_nothing(annotate_text, body):
    assert annotate_text(body) == ()


@pytest.mark.parametrize("body, expected", NEGATED_VIEWS, ids=[c[0][:30] for c in NEGATED_VIEWS])
def test_a_negated_view_is_still_a_statement(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


# issue 9, wire news: "called for X to be Y" (the parser's "for" is a mark) and a part of a group of sources
FOR_CLAUSES_AND_PARTS = [
    ("The mayor called for the old pier to be rebuilt.",
     [("The mayor", "called for", "the old pier to be rebuilt", "indirect", "verb_object")]),
    ("The ferry will stop in May, according to two of the people.",
     [("two of the people", "according to", "The ferry will stop in May", "according_to", "according_to")]),
    ("One of the diplomats said the ferry talks had stalled.",
     [("One of the diplomats", "said", "the ferry talks had stalled", "indirect", "verb_clause")]),
]


@pytest.mark.parametrize("body, expected", FOR_CLAUSES_AND_PARTS, ids=[c[0][:30] for c in FOR_CLAUSES_AND_PARTS])
def test_for_clauses_and_parts_of_groups(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


@pytest.mark.parametrize("body", [
    "One of the ships said nothing to the harbour.",  # "nothing" is no content either way
    "The mayor waited for the pier to be rebuilt.",   # "wait" takes no content
    "One of the piers said to be unsafe was closed.",
])
def test_for_clauses_and_parts_that_are_no_statements(annotate_text, body):
    assert annotate_text(body) == ()


@pytest.mark.parametrize("body, expected", [
    # an agency only reports: the participle after the reported cue is the reported speaker's
    ("Interfax reported that Mayor Olsen had criticised the toll, saying the ferry had become too dear.",
     [("Mayor Olsen", "criticised", "the toll", "indirect", "verb_object"),
      ("Mayor Olsen", "saying", "the ferry had become too dear", "indirect", "verb_clause")]),
    # a reporter who speaks keeps it: "adding" is Olsen's, not the council's
    ("Olsen told the fishermen that the council had agreed to the plan, adding that the pier would open in May.",
     [("Olsen", "told", "the council had agreed to the plan", "indirect", "verb_clause"),
      ("Olsen", "adding", "the pier would open in May", "indirect", "verb_clause")]),
])
def test_a_participle_after_a_reported_cue(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    # a cue noun of a reported clause whose own subject cannot speak is part of what the reporter said
    ('Mayor Olsen said the vote sent a message to the council that "the pier stays."',
     [("Mayor Olsen", "said", 'the vote sent a message to the council that "the pier stays."', "mixed",
       "verb_clause")]),
    # an "as" clause that does something of its own comments on nothing
    ("Witkoff held talks with Putin on Friday, the Kremlin said, as Washington pressed for a truce in the Black Sea.",
     [("the Kremlin", "said", "Witkoff held talks with Putin on Friday", "indirect", "verb_clause")]),
    # the same with the cue parsed as a parenthetical: the content still ends at the cue
    ("Envoy Steve Witkoff held two hours of talks with President Vladimir Putin on Monday, the Kremlin said, as "
     "Washington pressed for a truce.",
     [("the Kremlin", "said", "Envoy Steve Witkoff held two hours of talks with President Vladimir Putin on Monday",
       "indirect", "verb_parenthetical")]),
    ("The ferry will resume in May, as the mayor noted on Monday.",
     [("the mayor", "noted", "The ferry will resume in May", "indirect", "verb_as_clause")]),
])
def test_cues_inside_a_reported_clause_or_an_as_clause(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    # "citing" a source names where the words came from; citing a reason or findings states them
    ('"The pier is unsafe," he said, citing what he called harbour sources.',
     [("he", "said", "The pier is unsafe", "direct", "verb_clause")]),
    ('"The ferry will stop," the mayor said, citing officials.',
     [("the mayor", "said", "The ferry will stop", "direct", "verb_clause")]),
    ("The council cites a sharp rise in ferry fares.",
     [("The council", "cites", "a sharp rise in ferry fares", "indirect", "verb_object")]),
    # a quoted label of a free relative stays in the content around it
    ('Olsen thanked the council for what he called "a brave vote."',
     [("Olsen", "thanked", 'the council for what he called "a brave vote."', "mixed", "verb_object")]),
    # a conjunct with an auxiliary of its own belongs to the reported clause
    ('Olsen told reporters that the talks had been "useful" and had focused on "the ferry."',
     [("Olsen", "told", 'the talks had been "useful" and had focused on "the ferry."', "mixed", "verb_clause")]),
])
def test_citing_free_relatives_and_conjuncts_of_the_reported_clause(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


# "Norway will close 23 piers, Prime Minister Kari Olsen told parliament, after the storm hit." as the small model may
# parse it: the cue a conjunct of the content's verb, the name an apposition of the content's object
TRAILING_WITH_AUDIENCE = [
    ("Norway", 2, "nsubj", "PROPN", "NNP"), ("will", 2, "aux", "AUX", "MD"), ("close", 2, "ROOT", "VERB", "VB"),
    ("23", 4, "nummod", "NUM", "CD"), ("piers", 2, "dobj", "NOUN", "NNS"), (",", 4, "punct", "PUNCT", ","),
    ("Prime", 7, "compound", "PROPN", "NNP"), ("Minister", 9, "compound", "PROPN", "NNP"),
    ("Kari", 9, "compound", "PROPN", "NNP"), ("Olsen", 4, "appos", "PROPN", "NNP"), ("told", 2, "conj", "VERB", "VBD"),
    ("parliament", 10, "dobj", "NOUN", "NN"), (",", 10, "punct", "PUNCT", ","), ("after", 16, "mark", "SCONJ", "IN"),
    ("the", 15, "det", "DET", "DT"), ("storm", 16, "nsubj", "NOUN", "NN"), ("hit", 10, "advcl", "VERB", "VBD"),
    (".", 2, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize("ent, expected", [
    ("PERSON", [("Prime Minister Kari Olsen", "told", "Norway will close 23 piers", "indirect", "verb_trailing")]),
    # an unnamed apposition is no speaker
    (None, []),
])
def test_a_trailing_cue_joined_to_its_content(nlp, ent, expected):
    ents = ["O"] * len(TRAILING_WITH_AUDIENCE)
    if ent:
        ents[8:10] = [f"B-{ent}", f"I-{ent}"]
    assert hand_parse(nlp, TRAILING_WITH_AUDIENCE, {10: "tell", 2: "close", 16: "hit"}, ents) == expected


@pytest.mark.parametrize("body, expected", [
    # the date the parser hung on the reported verb is when it was said, not part of what was said; a comma and a
    # conjunction close the reported clause before the reporter's second cue
    ("The harbour office said on Thursday it hoped the new ferry would bring more visitors, but cautioned against "
     "expecting quick results.",
     [("The harbour office", "said", "it hoped the new ferry would bring more visitors", "indirect", "verb_clause"),
      ("The harbour office", "cautioned", "expecting quick results", "indirect", "verb_object")]),
])
def test_a_date_and_a_comma_conjunct_after_a_cue(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    # a source set off by commas inside the sentence: what it says is the clause after it; a fact sheet is a document
    ("Under the plan, according to a fact sheet released by the council, the ferry will stop in May.",
     [("a fact sheet", "according to", "the ferry will stop in May", "according_to", "according_to")]),
    # a protocol is a document; through "which" it speaks
    ("The mayor read out a new protocol, which said the ferry would sail on Sundays.",
     [("a new protocol", "said", "the ferry would sail on Sundays", "indirect", "verb_clause")]),
    # an unnamed doctor speaks
    ("The hospital's chief doctor told reporters that the sailor was out of danger.",
     [("The hospital's chief doctor", "told", "the sailor was out of danger", "indirect", "verb_clause")]),
])
def test_an_inner_according_to_and_more_wire_sources(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    # a question put to the speaker, set off by commas, is no cue; the verb after it is the speaker's
    ("Olsen, asked whether the ferry would run in May, said the council would decide later.",
     [("Olsen", "said", "the council would decide later", "indirect", "verb_clause")]),
    ("Olsen, asked whether the council would back a plan that closed the pier, did not say.", []),
    # an active verb after a relative clause set off by commas is still a cue
    ("The mayor, who arrived on Monday, asked the council to approve the plan.",
     [("The mayor", "asked", "to approve the plan", "indirect", "verb_infinitive")]),
    # the question's participle hung on the cue, the speaker on the participle
    ("Olsen, asked about the ferry fares, said the council would decide later.",
     [("Olsen", "said", "the council would decide later", "indirect", "verb_clause")]),
    # a cue with a reported clause of its own, set off by commas before an agency's "reported", is no question
    ("Olsen, the harbour master, said the pier would reopen in May, Interfax reported.",
     [("Olsen", "said", "the pier would reopen in May", "indirect", "verb_clause")]),
    # the question's own cue verb is what was asked, not what anyone said
    ("Asked whether the council still objected to the new tolls, Olsen replied that nothing had changed.",
     [("Olsen", "replied", "nothing had changed", "indirect", "verb_clause")]),
    ("Reporters asked whether the mayor had warned the council about the fares.", []),
    ("Asked if the council would agree to the plan, Olsen said it was too early to tell.",
     [("Olsen", "said", "it was too early to tell", "indirect", "verb_clause")]),
    # a condition under any other verb keeps its cue: only a question's "if" is asked
    ("The mayor said the pier would close if the council agreed to the cuts.",
     [("The mayor", "said", "the pier would close if the council agreed to the cuts", "indirect", "verb_clause")]),
])
def test_a_question_put_to_the_speaker(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    # a that-clause hung on the last object of a chain of preposition phrases after the cue, its "that" taken for the
    # object of a verb that has one already
    ("Mayor Kari Olsen said in an interview with a local broadcaster that Oslo saw no reason for new tolls.",
     [("Mayor Kari Olsen", "said", "Oslo saw no reason for new tolls", "indirect", "verb_clause")]),
    # a true relative clause is no content
    ("Mayor Kari Olsen spoke in an interview with a broadcaster that Oslo owns.", []),
    # "that" read as a relative "when" after "at the time": the cue's clause all the same
    ("Mayor Kari Olsen said at the time that she would gladly accept help from any town.",
     [("Mayor Kari Olsen", "said", "she would gladly accept help from any town", "indirect", "verb_clause")]),
    ("The mayor opened the bridge at the time that the ferry stopped.", []),
])
def test_a_that_clause_after_a_chain_of_prepositions(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    # the infinitive of an appeal the parser hung inside the occasion's phrase between the addressee and it
    ("The ministry urged the council in a statement on Monday to withdraw the tolls.",
     [("The ministry", "urged", "the council in a statement on Monday to withdraw the tolls", "indirect",
       "verb_infinitive")]),
    ("The ministry urged the council in a statement posted on its website to stop raising fares.",
     [("The ministry", "urged", "the council in a statement posted on its website to stop raising fares", "indirect",
       "verb_infinitive")]),
    ("Mayor Kari Olsen called on the council during a press conference in Bergen to drop the tolls.",
     [("Mayor Kari Olsen", "called on", "the council during a press conference in Bergen to drop the tolls",
       "indirect", "verb_infinitive")]),
    # a purpose phrase's infinitive is why it was urged, not what
    ("The mayor urged restraint in a bid to calm the dispute.",
     [("The mayor", "urged", "restraint", "indirect", "verb_object")]),
    # a channel gone on is no addressee: the infinitive is what the speaker went on it for
    ("Mayor Kari Olsen went on television at seven in the morning to tell voters that the tolls would go.",
     [("Mayor Kari Olsen", "tell", "the tolls would go", "indirect", "verb_clause")]),
])
def test_an_infinitive_after_the_occasion_of_an_appeal(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    # an office's list of countries is all of the speaker; a name set off after the office is not
    ("The fisheries ministers of Norway, Iceland and Denmark said the quotas would stay.",
     [("The fisheries ministers of Norway, Iceland and Denmark", "said", "the quotas would stay", "indirect",
       "verb_clause")]),
    ("Norway's envoy to Iceland, Kari Olsen, said the quotas would stay.",
     [("Kari Olsen", "said", "the quotas would stay", "indirect", "verb_clause")]),
])
def test_a_list_after_an_office_is_part_of_the_speaker(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    # who was warned or promised is no part of what was said, whether the parser hangs the clause on the verb or on
    # the addressee
    ("The mayor warned the council that the pier would close.",
     [("The mayor", "warned", "the pier would close", "indirect", "verb_clause")]),
    ("The mayor promised the fishermen that the pier would reopen.",
     [("The mayor", "promised", "the pier would reopen", "indirect", "verb_clause")]),
    ("Mayor Kari Olsen has warned Danish counterparts that material support for the tolls would have consequences.",
     [("Mayor Kari Olsen", "warned", "material support for the tolls would have consequences", "indirect",
       "verb_clause")]),
    # ... and a participle after that clause goes on from the one who told, not from the clause's own subject
    ("He told a gathering of fishermen on Wednesday that he did not trust the council any more than he trusted the "
     "ministry, demanding among other things that the tolls be dropped.",
     [("He", "told", "he did not trust the council any more than he trusted the ministry", "indirect", "verb_clause"),
      ("He", "demanding", "the tolls be dropped", "indirect", "verb_clause")]),
    # a verbless last phrase of the reported clause that the parser hung on the cue
    ("The President of Russia reiterated that Russia was interested in a joint missile defence system, but only on the "
     "basis of equal participation.",
     [("The President of Russia", "reiterated", "Russia was interested in a joint missile defence system, but only on "
       "the basis of equal participation", "indirect", "verb_clause")]),
    # a that-clause after the phrase of an occasion's participle is what was told
    ("Olsen told reporters after landing in Bergen that he could not have continued the visit.",
     [("Olsen", "told", "he could not have continued the visit", "indirect", "verb_clause")]),
])
def test_the_reported_clause_without_its_addressee_and_with_its_last_phrase(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    # "X as Y" with an adjective, or a participle the parser made a clause, is what X was called
    ("The mayor described the plan as unbalanced.",
     [("The mayor", "described", "the plan as unbalanced", "indirect", "verb_object")]),
    ("The council rejected the report as one-sided.",
     [("The council", "rejected", "the report as one-sided", "indirect", "verb_object")]),
    # ... but "as expected" says how things went
    ("The council rejected the report as expected.",
     [("The council", "rejected", "the report", "indirect", "verb_object")]),
    # a speech verb's judgement of a relative clause's noun is a statement; a view inside the content is not
    ("Olsen said the council would spend about a million crowns on the pier, a cost he described as worthwhile.",
     [("Olsen", "said", "the council would spend about a million crowns on the pier", "indirect", "verb_clause"),
      ("he", "described", "as worthwhile", "indirect", "verb_object")]),
    ("Olsen wrote that the plan was the best deal he saw as possible and that it was now up to the council.",
     [("Olsen", "wrote", "the plan was the best deal he saw as possible and that it was now up to the council",
       "indirect", "verb_clause")]),
])
def test_what_an_object_was_called_with_as(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    # a feeling voiced with nothing after it is the statement, quoted or not
    ("The ministry expressed deep concern.",
     [("The ministry", "expressed", "deep concern", "indirect", "light_verb_bare_attitude")]),
    ('The council expressed "strong dissatisfaction and protest" and lodged a complaint.',
     [("The council", "expressed", "strong dissatisfaction and protest", "direct", "light_verb_bare_attitude")]),
    # what the feeling is about, or a clause of it, belongs to the noun's own rules
    ("The mayor expressed regret that the pier had closed.",
     [("The mayor", "expressed regret", "the pier had closed", "indirect", "light_verb_noun")]),
    # denied, or caused by a thing
    ("The mayor did not express support.", []),
    ("The mayor's plan raised concerns.", []),
    # conveyed as expressed: whose condolences they are is not what they are about; offered condolences are a gesture
    ("Kari Olsen, in turn, conveyed the condolences of the Norwegian people to the families of the fishermen.",
     [("Kari Olsen", "conveyed the condolences", "the families of the fishermen", "indirect",
       "light_verb_noun_object")]),
    ("Olsen conveyed her condolences.",
     [("Olsen", "conveyed", "her condolences", "indirect", "light_verb_bare_attitude")]),
    ("Olsen offered condolences to the families.", []),
    ("The mayors expressed their high opinion of the present state of the harbour.",
     [("The mayors", "expressed their high opinion of", "the present state of the harbour", "indirect",
       "light_verb_noun_object")]),
    # a state that recalls its ambassador withdraws him; remembering an accord is a statement
    ("Norway recalled its ambassador for consultations.", []),
    ("Olsen recalled the 1997 agreement.",
     [("Olsen", "recalled", "the 1997 agreement", "indirect", "verb_object")]),
])
def test_feelings_voiced_and_recalls(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    # a live blog's clock time is no part of the speaker
    ("14:05 Mayor Kari Olsen says the pier will reopen in May.",
     [("Mayor Kari Olsen", "says", "the pier will reopen in May", "indirect", "verb_clause")]),
    ("9.30 The council says the tolls will stay.",
     [("The council", "says", "the tolls will stay", "indirect", "verb_clause")]),
    # a source citation after a parenthetical cue's sentence is no part of its content
    ("The pier, he added, would reopen in May (Interfax, February 17).",
     [("he", "added", "The pier, he added, would reopen in May", "indirect", "verb_parenthetical")]),
    # a name after a role, set off by commas, speaks, whatever the tagger took it for
    ("The Bolivian ambassador, Sacha Llorenty, described the strike as a flagrant violation of international law.",
     [("Sacha Llorenty", "described", "the strike as a flagrant violation of international law", "indirect",
       "verb_object")]),
    # ... or one set off deeper inside the office's phrase
    ("The head of the harbour authority in Bergen, Kari Olsen, said the pier would reopen.",
     [("Kari Olsen", "said", "the pier would reopen", "indirect", "verb_clause")]),
    # a study is a document that speaks for whoever made it
    ("A study by the Arctic Research Agency notes that the ice is thinning.",
     [("A study", "notes", "the ice is thinning", "indirect", "verb_clause")]),
])
def test_live_blog_times_citations_and_names_after_roles(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    # a source that relays a statement keeps it, and the statement keeps its own speaker and content
    ("The mayor said he was ready to close the pier, according to two officials familiar with the talks.",
     [("The mayor", "said", "he was ready to close the pier", "indirect", "verb_clause"),
      ("two officials", "according to", "The mayor said he was ready to close the pier", "according_to",
       "according_to")]),
    ("According to the harbour office, Olsen told the council that the pier would close.",
     [("Olsen", "told", "the pier would close", "indirect", "verb_clause"),
      ("the harbour office", "According to", "Olsen told the council that the pier would close", "according_to",
       "according_to")]),
    # the speaker's own office, a readout or a statement only records the words: the speaker's statement alone
    ("Mayor Kari Olsen said he had discussed the ferry with the council, according to his office.",
     [("Mayor Kari Olsen", "said", "he had discussed the ferry with the council", "indirect", "verb_clause")]),
    ("Olsen told the fishermen that the pier would reopen in May, according to a council readout.",
     [("Olsen", "told", "the pier would reopen in May", "indirect", "verb_clause")]),
    ('"The pier is safe," Olsen said at the harbour, according to a council statement.',
     [("Olsen", "said", "The pier is safe", "direct", "verb_clause")]),
    # a source around a statement deeper in its clause reports it, as "X said Y said Z" does
    ("According to the mayor, the council's reply, which mentioned closer ties with the port, showed that nobody "
     "wanted the pier.",
     [("the mayor", "According to", "the council's reply, which mentioned closer ties with the port, showed that "
       "nobody wanted the pier", "according_to", "according_to")]),
    # ... and what the parties did together is a record's account of both
    ("Both sides agreed to reopen the pier, according to a council readout.",
     [("a council readout", "according to", "Both sides agreed to reopen the pier", "according_to",
       "according_to")]),
])
def test_a_statement_and_the_source_reporting_it(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    # the journalist's gloss after a reported clause is not part of it
    ("The harbour office said its crews had cleared the pier, a claim that could not be independently verified.",
     [("The harbour office", "said", "its crews had cleared the pier", "indirect", "verb_clause")]),
    # ... and so is a participle describing the speaker's act ("brushing aside", "defying")
    ("The harbour office said its crews had cleared the pier, brushing aside warnings that it was unsafe.",
     [("The harbour office", "said", "its crews had cleared the pier", "indirect", "verb_clause")]),
    # a claim inside what was said stays
    ("The harbour office said a claim that the pier was unsafe had been withdrawn.",
     [("The harbour office", "said", "a claim that the pier was unsafe had been withdrawn", "indirect",
       "verb_clause")]),
])
def test_the_journalists_gloss_after_a_reported_clause(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


def test_a_participle_of_the_reporters_second_cue(annotate_text):
    # "praised" is joined to the reported clause but is the reporter's; so is the participle after it
    assert found(annotate_text('Olsen said the vote was "a big win for the town" and praised the council, calling it '
                               '"a brave team".')) == sorted([
        ("Olsen", "said", 'the vote was "a big win for the town"', "mixed", "verb_clause"),
        ("Olsen", "praised", "the council", "indirect", "verb_object"),
        ("Olsen", "calling", 'it "a brave team"', "mixed", "verb_object")])


# Cues a readout joins to the clause before them, where the parser hung them on something that cannot take a finite
# verb (a noun, a participle, an infinitive) or beside a verb of another tense; a source set beside the first after
# ", while"; a clause hung on the audience; "Hope was expressed that"; "were unanimous that".
JOINED_CUES = [
    ('The Secretary General assured the President that the Alliance had no intention of moving troops to '
     'the border and called the council "an indispensable forum".',
     # (the content cut before the quote it had swallowed is indirect)
     [('The Secretary General', 'assured', 'the Alliance had no intention of moving troops to the border', 'indirect',
       'verb_clause'),
      ('The Secretary General', 'called', 'the council "an indispensable forum"', 'mixed', 'verb_object')]),
    ("Silvio Berlusconi reaffirmed Italy's commitment to facilitating a visa-free regime for students and "
     'promised to raise the issue in Brussels.',
     [('Silvio Berlusconi', 'promised', 'to raise the issue in Brussels', 'indirect', 'verb_infinitive'),
      ('Silvio Berlusconi', "reaffirmed Italy's commitment to", 'facilitating a visa-free regime for students', 'indirect', 'light_verb_noun_object')]),
    ('The document notes that the two countries intend to bring trade to ten billion dollars a year and '
     'calls for a reform of the ferry rules.',
     [('The document', 'calls for', 'a reform of the ferry rules', 'indirect', 'verb_object'),
      ('The document', 'document notes', 'the two countries intend to bring trade to ten billion dollars a year', 'indirect', 'verb_clause')]),
    ('The governor condemned the floods that had hit the coast and expressed solidarity with the '
     'fishermen.',
     [('The governor', 'condemned', 'the floods that had hit the coast', 'indirect', 'verb_object'),
      ('The governor', 'expressed solidarity with', 'the fishermen', 'indirect', 'light_verb_noun_object')]),
    ('The Danish side reaffirmed its position that the quota must stay, while the Norwegian side expressed '
     'interest in new talks.',
     [('The Danish side', 'reaffirmed', 'its position that the quota must stay', 'indirect', 'verb_object'),
      ('the Norwegian side', 'expressed interest in', 'new talks', 'indirect', 'light_verb_noun_object')]),
    ('The Italian side expressed concern over rising grain prices, and Vladimir Putin assured his '
     'interlocutor that Russia would remain a reliable supplier.',
     [('The Italian side', 'expressed concern over', 'rising grain prices', 'indirect', 'light_verb_noun_object'),
      ('Vladimir Putin', 'assured', 'Russia would remain a reliable supplier', 'indirect', 'verb_clause')]),
    ('Hope was expressed that the ferry would run again in spring.',
     [(None, 'was expressed', 'the ferry would run again in spring', 'indirect', 'passive_cue')]),
    ('The two mayors were unanimous that the bridge should be finished.',
     [('The two mayors', 'were unanimous', 'the bridge should be finished', 'indirect', 'copula_stance')]),
]


@pytest.mark.parametrize("body, expected", JOINED_CUES, ids=[c[0][:30] for c in JOINED_CUES])
def test_cues_joined_to_a_clause_the_parser_misread(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


def test_a_view_joined_to_a_reported_clause_is_not_moved(nlp):
    from pipeline.extract.speakers import stranded_conjunct

    doc = nlp("Olsen said the town had cut its stocks and regarded the rest as a technical matter.")
    assert stranded_conjunct(doc[9]) is None and doc[9].text == "regarded"
    doc = nlp("Olsen said the town had cut its stocks and called the rest a technical matter.")
    assert doc[9].text == "called" and stranded_conjunct(doc[9]).text == "said"


NEWS_CONSTRUCTIONS = [
    # a hyphenated given name whose second half is a function word stays one token ("Jae-in", not "Jae - in")
    ("President Moon Jae-in said the ferry line would reopen in May.",
     [("President Moon Jae-in", "said", "the ferry line would reopen in May", "indirect", "verb_clause")]),
    # phrasal verbs of attack: the target after "at" / "against" is the content
    ("The mayor lashed out at the council for closing the pier.",
     [("The mayor", "lashed out", "the council for closing the pier", "indirect", "verb_object")]),
    ("The mayor hit out at the council over the ferry fares.",
     [("The mayor", "hit out", "the council over the ferry fares", "indirect", "verb_object")]),
    ("The mayor railed against the new ferry fares.",
     [("The mayor", "railed against", "the new ferry fares", "indirect", "verb_object")]),
    # the that-clause the parser hung on the question's topic, several prepositions down
    ("The mayor said when asked about the council's criticism of the plan that the pier would reopen in May.",
     [("The mayor", "said", "the pier would reopen in May", "indirect", "verb_clause")]),
    # an adverb before the that-clause made it adverbial to the parser; "so that" is a purpose, no content
    ("Asked about the fares, the spokesman would say only that the council was monitoring the situation.",
     [("the spokesman", "say", "the council was monitoring the situation", "indirect", "verb_clause")]),
    ("The mayor spoke slowly so that the fishermen could follow.", []),
    # ... or an object of the cue, the same clause
    ('Asked whether the council had tried to delay the vote, he said only that the two mayors "talk often and '
     'frankly".',
     [("he", "said", 'the two mayors "talk often and frankly"', "mixed", "verb_clause")]),
    # a phrase set off by commas whose participle the parser made a clause of the cue, with the speaker as its subject
    ("Deputy Mayor Hans Berg, on a visit to Tromso meant to calm the fishermen, said the pier would reopen in May.",
     [("Deputy Mayor Hans Berg", "said", "the pier would reopen in May", "indirect", "verb_clause")]),
    # a second source's appeal to an addressee after ", and" is its own statement, cut from the first content; a
    # bare infinitive there is an act the first content reports
    ('Harbour chief Per Lund said the town would push for more money for the ferries in the spring, and the Bergen '
     'Liberal urged the council to stop "starving the harbour of funds."',
     [("Harbour chief Per Lund", "said", "the town would push for more money for the ferries in the spring",
       "indirect", "verb_clause"),
      ("the Bergen Liberal", "urged", 'the council to stop "starving the harbour of funds."', "mixed",
       "verb_infinitive")]),
    ("Lund said the talks had been useful, and the Danes agreed to move the meeting to Bergen.",
     [("Lund", "said", "the talks had been useful, and the Danes agreed to move the meeting to Bergen",
       "indirect", "verb_clause")]),
    # ... an appeal after ", as" too, its addressee outside its content
    ("The mayor said the pier would reopen, as Bergen pressed the council to cut fares.",
     [("Bergen", "pressed", "to cut fares", "indirect", "verb_infinitive"),
      ("The mayor", "said", "the pier would reopen", "indirect", "verb_clause")]),
    # a contrast after a comma opens the next source's clause, its name behind its description
    ("Lund said the pier would reopen, while the Liberal leader, Kari Berg, called for the fares to be cut.",
     [("Kari Berg", "called for", "the fares to be cut", "indirect", "verb_object"),
      ("Lund", "said", "the pier would reopen", "indirect", "verb_clause")]),
    # a cue joined after a comma to the clause of a noun inside the content is the reporter's second one
    ("Lund said the summit had buried any illusion that Europe wanted peace, and called on European voters to ask "
     "their governments why.",
     [("Lund", "called on", "European voters to ask their governments why", "indirect", "verb_infinitive"),
      ("Lund", "said", "the summit had buried any illusion that Europe wanted peace", "indirect", "verb_clause")]),
    # a profession is a person who may speak
    ("A researcher at a Bergen institute said the pier would reopen in May.",
     [("A researcher", "said", "the pier would reopen in May", "indirect", "verb_clause")]),
    # a participle right after the subject, which the parser made a clause of the cue
    ("Two groups made up of Norwegian sailors fighting on Bergen's side, the Fjordby Legion and the Harbour Volunteer "
     "Corps, said they had carried out the blockade.",
     [("Two groups", "said", "they had carried out the blockade", "indirect", "verb_clause")]),
    # a past tense the parser read as a participle of the name, with a that-clause of its own
    ('Hans Lund, the newly named head of the self-proclaimed harbour council, boasted in a video posted online that '
     'his crews were about to receive "serious reinforcements" of boats, though he did not say where they would come '
     'from.',
     [("Hans Lund", "boasted", 'his crews were about to receive "serious reinforcements" of boats', "mixed",
       "verb_clause")]),
    # an intelligence update's finding; "assessed the damage" measures (see the negative cases)
    ("The harbour office assessed that the pier was likely to reopen in May.",
     [("The harbour office", "assessed", "the pier was likely to reopen in May", "indirect", "verb_clause")]),
    # a participle after a cue set off inside its content goes on from that cue; the content ends at its comma
    ("The fares, he said, had been set by the council, adding that the ferry company had no say.",
     [("he", "adding", "the ferry company had no say", "indirect", "verb_clause"),
      ("he", "said", "The fares, he said, had been set by the council", "indirect", "verb_parenthetical")]),
    # a clause joined after a comma with a subject of its own ends the content of a cue set off inside it
    ('The pier, he said, had been "built to last", and he suggested that the council had cut corners.',
     [("he", "said", 'The pier, he said, had been "built to last"', "mixed", "verb_parenthetical"),
      ("he", "suggested", "the council had cut corners", "indirect", "verb_clause")]),
    # a clause joined without a cue of its own goes on saying; so does a condition after a cue set off
    ("The pier, he declared, had made its choice, and the council would honour it.",
     [("he", "declared", "The pier, he declared, had made its choice, and the council would honour it", "indirect",
       "verb_parenthetical")]),
    ("The ferry, the mayor said, would run again, but only if the council paid.",
     [("the mayor", "said", "The ferry, the mayor said, would run again, but only if the council paid", "indirect",
       "verb_parenthetical")]),
    # magazine features (set Y2): a speaker the parser made an apposition of the place before it; an eager infinitive
    ("In Kyiv, a senior official who has sat in on most of the calls with Washington this year says the mood is one "
     "of relief.",
     [("a senior official", "says", "the mood is one of relief", "indirect", "verb_clause")]),
    ("In Varna, Bulgaria, where the ferry leaders were meeting, Mayor Hans Lund told reporters that the pier was "
     "safe.",
     [("Mayor Hans Lund", "told", "the pier was safe", "indirect", "verb_clause")]),
    ("The mayor was careful to add that the pier was not closing.",
     [("The mayor", "add", "the pier was not closing", "indirect", "verb_clause")]),
    ("The mayor was not keen to say whether the pier would close.", []),
    # press releases (set X2): a body's own present-tense view; a journalist's ascribed view is none
    ("The Russian side regards this step as a serious threat to the pier.",
     [("The Russian side", "regards", "this step as a serious threat to the pier", "indirect", "verb_object")]),
    ("Moscow sees the episode as a victory.", []),
    ("The council has established that the pier was damaged by a storm.",
     [("The council", "established", "the pier was damaged by a storm", "indirect", "verb_clause")]),
    ("Investigators were trying to establish who damaged the pier.", []),
    # an indirect question is no statement for any cue verb; a free relative ("what he called") and a relative
    # pronoun before the cue ("who he said had") are
    ("The mayor explained who would pay for the pier.", []),
    ("The mayor explained what he called the council's failure.",
     [("The mayor", "explained", "what he called the council's failure", "indirect", "verb_clause")]),
    ("The mayor thanked the wardens, who he said had kept the pier open.",
     [("The mayor", "thanked", "the wardens", "indirect", "verb_object"),
      ("he", "said", "had kept the pier open", "indirect", "verb_clause")]),
    # official readouts (set Z): a thanking or a hope joined to the reported clause is the reporter's next statement
    ("The mayor said that he was glad to visit the pier again and thanked the wardens for the warm reception.",
     [("The mayor", "said", "he was glad to visit the pier again", "indirect", "verb_clause"),
      ("The mayor", "thanked", "the wardens for the warm reception", "indirect", "verb_object")]),
    ("The mayor said that he was glad to be back and invited the wardens to visit the pier.",
     [("The mayor", "said", "he was glad to be back", "indirect", "verb_clause"),
      ("The mayor", "invited", "the wardens to visit the pier", "indirect", "verb_infinitive")]),
    ("The mayor said that he was glad to be back and congratulated the wardens on their work.",
     [("The mayor", "said", "he was glad to be back", "indirect", "verb_clause"),
      ("The mayor", "congratulated", "the wardens on their work", "indirect", "verb_object")]),
    # "welcomed" stays with the clause, whose government welcomes as often
    ("The mayor said the council shared the wardens' concern and welcomed their role.",
     [("The mayor", "said", "the council shared the wardens' concern and welcomed their role", "indirect",
       "verb_clause")]),
    ("The mayor said the talks had been useful and expressed the hope that they would continue.",
     [("The mayor", "said", "the talks had been useful", "indirect", "verb_clause"),
      ("The mayor", "expressed the hope", "they would continue", "indirect", "light_verb_noun")]),
    # an opinion phrase inside a reported clause is that cue's; inside a relative clause there, a view of its own
    ("The mayor stressed that, in his view, the pier remained safe.",
     [("The mayor", "stressed", "in his view, the pier remained safe", "indirect", "verb_clause")]),
    ("The mayor said the next step could be a new ferry, which, in his opinion, would help the harbour.",
     [("The mayor", "said", "the next step could be a new ferry", "indirect", "verb_clause"),
      ("his", "in his opinion", "would help the harbour", "according_to", "opinion_phrase")]),
    # an occasion taken or used to speak: the infinitive is the speaker's act
    ("The mayor used the occasion to thank the wardens for keeping the pier open.",
     [("The mayor", "thank", "the wardens for keeping the pier open", "indirect", "verb_object")]),
    ("The mayor took the opportunity to stress that the pier would stay open.",
     [("The mayor", "stress", "the pier would stay open", "indirect", "verb_clause")]),
    ("The mayor used force to clear the pier.", []),
    # thanks addressed to someone keep what they are for, as "thanked X for Y" does
    ("The mayor expressed gratitude to the wardens for keeping the pier open.",
     [("The mayor", "expressed gratitude to", "the wardens for keeping the pier open", "indirect",
       "light_verb_noun_object")]),
    # a gerund is no trailing cue ("had made progress in responding to Y" after a fronted phrase)
    ("The mayor noted that since the storm last November, the two towns had made progress in responding to the "
     "floods.",
     [("The mayor", "noted", "since the storm last November, the two towns had made progress in responding to the "
       "floods", "indirect", "verb_clause")]),
    ("The harbour authorities, for their part, clamoured that the flights had been routine.",
     [("The harbour authorities", "clamoured", "the flights had been routine", "indirect", "verb_clause")]),
    ("He also raised concerns about the council's recent behaviour at the pier.",
     [("He", "raised concerns about", "the council's recent behaviour at the pier", "indirect",
       "light_verb_noun_object")]),
    ("He raised the question of the pier's safety.", []),
    # regional press (set Y1): a participle the parser made the clausal subject, and the cue joined after it
    ('Parliament Speaker Shalva Papuashvili, writing on his Telegram channel, dismissed the protests as the work of a '
     '"radical minority" paid from abroad, and said the pier would reopen in May.',
     [("Parliament Speaker Shalva Papuashvili", "dismissed",
       'the protests as the work of a "radical minority" paid from abroad', "mixed", "verb_object"),
      ("Parliament Speaker Shalva Papuashvili", "said", "the pier would reopen in May", "indirect", "verb_clause")]),
    # a cue joined to the clause an agency relays stays its subject's ("X, Yonhap reported": the agency only relays)
    ("South Korean President Moon Jae-in convened his National Security Council and told its members that the pier "
     "must not close, Yonhap reported.",
     [("South Korean President Moon Jae-in", "told", "the pier must not close", "indirect", "verb_clause")]),
    ("Protest organisers say they will stay on the pier until the fares are cut.",
     [("Protest organisers", "say", "they will stay on the pier until the fares are cut", "indirect", "verb_clause")]),
    # a quoted name after the object, which the parser hung on the verb
    ('The mayor called the meeting "a step forward".',
     [("The mayor", "called", "the meeting", "indirect", "verb_object")]),
    ("As Minister of Transport Hans Lund has pointed out on several occasions, the pier turns the harbour into a "
     "trap.",
     [("Minister of Transport Hans Lund", "pointed out", "the pier turns the harbour into a trap", "indirect",
       "verb_as_clause")]),
    ("It is important to say that the pier was not closing.", []),
    ("The mayor portrayed the closure as a council failure.",
     [("The mayor", "portrayed", "the closure as a council failure", "indirect", "verb_object")]),
    # whoever eases fears did not voice them
    ("The pier will reopen in May, the mayor said, easing fears that the harbour would close.",
     [("the mayor", "said", "The pier will reopen in May", "indirect", "verb_clause")]),
    # a gerund is what was denied, ruled out or proposed
    ("The mayor denied closing the pier.",
     [("The mayor", "denied", "closing the pier", "indirect", "verb_object")]),
    ("The mayor ruled out raising fares.",
     [("The mayor", "ruled out", "raising fares", "indirect", "verb_object")]),
    ("The governor reported drone strikes on the harbour.",
     [("The governor", "reported", "drone strikes on the harbour", "indirect", "verb_object")]),
    ("The mayor told the council to cut fares.",
     [("The mayor", "told", "to cut fares", "indirect", "verb_infinitive")]),
    ("The mayor has not endorsed the plan.", []),
    # documents of law speak: a treaty provides for, a bill passed by a council says
    ("The treaty provides for the two towns to share the pier.",
     [("The treaty", "treaty provides for", "the two towns to share the pier", "indirect", "verb_object")]),
    ("The bill, passed by the council on Tuesday, says that fares must fall.",
     [("The bill", "says", "fares must fall", "indirect", "verb_clause")]),
    # the absolute construction's noun speaks
    ("The council delayed the vote, with officials arguing that the pier was unsafe.",
     [("officials", "arguing", "the pier was unsafe", "indirect", "verb_clause")]),
    # "although" sets another source beside the first, as "while" does
    ("The ministry said the pier was safe, although a ministry official told reporters that the ferry had been "
     "damaged.",
     [("The ministry", "said", "the pier was safe", "indirect", "verb_clause"),
      ("a ministry official", "told", "the ferry had been damaged", "indirect", "verb_clause")]),
    ("A nurse at the clinic said the ward was full.",
     [("A nurse", "said", "the ward was full", "indirect", "verb_clause")]),
    ("A team of engineers concluded that the pier had been hit by a ship.",
     [("A team", "concluded", "the pier had been hit by a ship", "indirect", "verb_clause")]),
    # a cue with a that-clause of its own joined to a noun's clause is the reporter's second one
    ("The mayor says he has seen no evidence that the pier is unsafe and warns that closing it would hurt the town.",
     [("The mayor", "says", "he has seen no evidence that the pier is unsafe", "indirect", "verb_clause"),
      ("The mayor", "warns", "closing it would hurt the town", "indirect", "verb_clause")]),
    # words passed on at second hand are still the source's
    ("The mayor was reported to have told aides that the pier would close.",
     [("The mayor", "told", "the pier would close", "indirect", "verb_clause")]),
    # an aside set off by commas before the that-clause made it a conjunct of the cue
    ("He argued then, and for years after, that the harbour should stay public.",
     [("He", "argued", "for years after, that the harbour should stay public", "indirect", "verb_clause")]),
    # the claim's clause, which the parser hung on the evidence noun
    ("The mayor announced a closure, claiming without providing evidence that the pier was unsafe.",
     [("The mayor", "announced", "a closure", "indirect", "verb_object"),
      ("The mayor", "claiming", "the pier was unsafe", "indirect", "verb_clause")]),
    # a body's past tense read as a participle with a that-clause of its own
    ("The European Union's monitoring mission, the only international observers still working on the Georgian side "
     "of the line, reported last month that the installation of fences and signs had continued this year.",
     [("The European Union's monitoring mission", "reported",
       "the installation of fences and signs had continued this year", "indirect", "verb_clause")]),
    # the audience's participle is no clause of the cue, whether the quote comes first or a that-clause follows
    ('"The pier must reopen," the mayor told the fishermen gathered at the harbour, adding that the fares would fall.',
     [("the mayor", "told", "The pier must reopen", "direct", "verb_clause"),
      ("the mayor", "adding", "the fares would fall", "indirect", "verb_clause")]),
    ("The mayor told the leaders gathered at the summit that the pier would reopen in May.",
     [("The mayor", "told", "the pier would reopen in May", "indirect", "verb_clause")]),
    # a fronted participle the parser made the subject, the speaker swallowed into it
    ("Addressing the council by video link, High Commissioner for Human Rights Michelle Bachelet said the pier would "
     "reopen in May.",
     [("Michelle Bachelet", "said", "the pier would reopen in May", "indirect", "verb_clause")]),
    # the reported clause's subject taken for a second subject of the cue
    ('Its chairman, Nils Berg, said Iran\'s refusal to let inspectors in should "raise alarm bells" about what it '
     'might be hiding.',
     [("Nils Berg", "said", 'Iran\'s refusal to let inspectors in should "raise alarm bells" about what it might be '
       'hiding', "mixed", "verb_clause")]),
    # a cue after a closed quote with its speaker after it, which the parser made the object
    ('"The harbour has blinked," declared the channel Fjordwatch.',
     [("the channel Fjordwatch", "declared", "The harbour has blinked", "direct", "verb_inverted")]),
    # outlets and their programmes are sources; "one of X, <name>" is the name
    ("The channel told viewers that the pier had closed.",
     [("The channel", "told", "the pier had closed", "indirect", "verb_clause")]),
    ("One of the most widely read harbour channels, Fjordwatch, told its subscribers that the pier had closed.",
     [("Fjordwatch", "told", "the pier had closed", "indirect", "verb_clause")]),
    # a mission, a report or a tribunal that "found that Y" states its findings; a person only realised it
    ("The mission found that the pier had been closed illegally.",
     [("The mission", "found", "the pier had been closed illegally", "indirect", "verb_clause")]),
    ("The mayor found that the pier had been closed.", []),
    # a bare outlet noun relaying another's statement is no source; one speaking for itself is
    ("The harbour office said the pier had closed, the agency reported.",
     [("The harbour office", "said", "the pier had closed", "indirect", "verb_clause")]),
    ("The agency said the pier had closed.",
     [("The agency", "said", "the pier had closed", "indirect", "verb_clause")]),
    # "visiting" read as a verb with the audience as its object
    ("The mayor told visiting reporters that the pier would reopen in May.",
     [("The mayor", "told", "the pier would reopen in May", "indirect", "verb_clause")]),
    # a panel, a court and the police are institutions that speak
    ("The three-member panel said the council had broken the harbour rules.",
     [("The three-member panel", "said", "the council had broken the harbour rules", "indirect", "verb_clause")]),
    ("Police in Bergen said they had detained two men.",
     [("Police", "said", "they had detained two men", "indirect", "verb_clause")]),
    # an agency named with its adjectives and its head noun reports, it does not speak
    ("The mayor warned that the pier would close, according to the official Tass news agency.",
     [("The mayor", "warned", "the pier would close", "indirect", "verb_clause")]),
    # "both" as the parser's subject, the names unattached before it
    ("Mayor Kari Olsen and Governor Nils Berg, speaking after the vote, both said the ferry would run in May.",
     [("Mayor Kari Olsen and Governor Nils Berg", "said", "the ferry would run in May", "indirect", "verb_clause")]),
    # a second source after ", as" with a clause of its own
    ("The mayor said the pier would reopen in May, as the council insisted that the fares would not rise.",
     [("The mayor", "said", "the pier would reopen in May", "indirect", "verb_clause"),
      ("the council", "insisted", "the fares would not rise", "indirect", "verb_clause")]),
    # the source of a warning after "from", not who ignored it
    ("The council passed the plan despite warnings from the mayor that the pier would collapse.",
     [("the mayor", "warnings", "the pier would collapse", "indirect", "noun_clause")]),
    # a place the parser took for the subject, the name hung on it
    ("In Bergen, Kari Olsen, the mayor, warned that the pier would close.",
     [("Kari Olsen", "warned", "the pier would close", "indirect", "verb_clause")]),
    # two titles of one person
    ("State Councilor and Foreign Minister Kari Olsen said the pier would close.",
     [("Foreign Minister Kari Olsen", "said", "the pier would close", "indirect", "verb_clause")]),
    # "in X's assessment" as a complement of the verb is no source phrase: the statement around it stays
    ("The mayor said the vote would weigh heavily in the council's next assessment.",
     [("The mayor", "said", "the vote would weigh heavily in the council's next assessment", "indirect",
       "verb_clause")]),
    # ... set off, it is one
    ("The pier should reopen in May, in the mayor's opinion.",
     [("the mayor", "in the mayor's opinion", "The pier should reopen in May", "according_to", "opinion_phrase")]),
    # "appealed to X to Y" is an appeal like "called on X to Y"; "appealed for Y" names what was appealed for
    ("The mayor appealed to the governor to fund the pier.",
     [("The mayor", "appealed to", "to fund the pier", "indirect", "verb_infinitive")]),
    ("The mayor appealed for calm.", [("The mayor", "appealed for", "calm", "indirect", "verb_object")]),
    # a place's other name is no label
    ("The harbour of Bergen, which the council calls Bjorgvin, will close.", []),
    # the that-clause hung on a time phrase at the end of a chain of prepositions
    ("Mayor Kari Olsen said in a speech in Bergen the same day that the pier would reopen in May.",
     [("Mayor Kari Olsen", "said", "the pier would reopen in May", "indirect", "verb_clause")]),
    # a second source after a quote closed by its comma
    ('The mayor said the pier was "a relic of the past," and the governor, Nils Berg, said it would stay.',
     [("The mayor", "said", 'the pier was "a relic of the past,"', "mixed", "verb_clause"),
      ("Nils Berg", "said", "it would stay", "indirect", "verb_clause")]),
    # a source between commas before ", and" closes the clause before it
    ("The mayor met the governor in Bergen on Monday, according to a council readout, and he praised the new pier.",
     [("a council readout", "according to", "The mayor met the governor in Bergen on Monday", "according_to",
       "according_to"),
      ("he", "praised", "the new pier", "indirect", "verb_object")]),
    # the terms a source spoke on are no content
    ("An aide who briefed reporters on condition of anonymity said the pier would close.",
     [("An aide", "said", "the pier would close", "indirect", "verb_clause")]),
    # a hospital and an indictment speak
    ("The hospital said in a statement that the sailor was out of danger.",
     [("The hospital", "said", "the sailor was out of danger", "indirect", "verb_clause")]),
    ("The indictment, unsealed in Bergen, said the clerk had sold the harbour plans.",
     [("The indictment", "said", "the clerk had sold the harbour plans", "indirect", "verb_clause")]),
    # the reporter's participle after "while", hung on a later conjunct of the reported clause
    ("The mayor said the council did not want new tolls and remained open to talks, while also stressing that the "
     "ferry would run.",
     [("The mayor", "said", "the council did not want new tolls and remained open to talks", "indirect",
       "verb_clause"),
      ("The mayor", "stressing", "the ferry would run", "indirect", "verb_clause")]),
    # an infinitive after a date, which the parser reads as a purpose clause
    ("The governor threatened on November 11 to close the ferry line.",
     [("The governor", "threatened", "to close the ferry line", "indirect", "verb_infinitive")]),
    # "In X's telling, Y"
    ("In the mayor's telling, the council has already sold the pier.",
     [("the mayor", "In the mayor's telling", "the council has already sold the pier", "according_to",
       "opinion_phrase")]),
    # a decree speaks, for whoever signed it
    ("A decree signed by the mayor said the pier would close.",
     [("A decree", "said", "the pier would close", "indirect", "verb_clause")]),
    # a source between commas before the journalist's participle closes the clause before it
    ("At least 40 boats were damaged, according to the harbour office, making it the worst storm in decades.",
     [("the harbour office", "according to", "At least 40 boats were damaged", "according_to", "according_to")]),
    # "defended X as Y" judges X; a constitution speaks for its state's name before it
    ("The mayor defended the new tolls as a fair price for the pier.",
     [("The mayor", "defended", "the new tolls as a fair price for the pier", "indirect", "verb_object")]),
    ("Norway's constitution states that the harbour is public.",
     [("Norway", "constitution states", "the harbour is public", "indirect", "verb_clause")]),
    # an amendment or a motion speaks like a resolution
    ("The opposition's amendment demanded that the council publish the ferry contract.",
     [("The opposition's amendment", "amendment demanded", "the council publish the ferry contract", "indirect",
       "verb_clause")]),
    # a quote split by its cue is one statement, whichever half the parser made the said clause (session 24)
    ('"The pier belongs to the town," Halvorsen said, "and it is up to the council to keep it open."',
     [("Halvorsen", "said", 'The pier belongs to the town," Halvorsen said, "and it is up to the council to keep it '
       "open", "direct", "verb_clause")]),
    # after a semicolon, the next source of a journalist's list is not inside the content before it
    ("The mayor condemned the closure as a mistake; the council said the new fares had seriously damaged the "
     "credibility of the port; and Bergen and Oslo urged the ferry company not to cut the line and to return to talks.",
     [("The mayor", "condemned", "the closure as a mistake", "indirect", "verb_object"),
      ("the council", "said", "the new fares had seriously damaged the credibility of the port", "indirect",
       "verb_clause"),
      ("Bergen and Oslo", "urged", "the ferry company not to cut the line and to return to talks", "indirect",
       "verb_infinitive")]),
    # a clause hung on the cue that says when ("a day after Z") is not what was said
    ("The town will go on supporting the ferry crews after the company closes its office, the council said on "
     "Wednesday, a day after the company gave the crews until October 1 to leave.",
     [("the council", "said", "The town will go on supporting the ferry crews after the company closes its office",
       "indirect", "verb_clause")]),
    ('"The harbour went looking for a culprit," the spokesman, Per Lund, said at the council\'s weekly briefing, a day '
     "after the 12 towns meeting in Bergen adopted a plan.",
     [("the spokesman", "said", "The harbour went looking for a culprit", "direct", "verb_clause")]),
    ("The mayor acknowledged that after the storm much had been lost.",
     [("The mayor", "acknowledged", "after the storm much had been lost", "indirect", "verb_clause")]),
    # "made clear that Y" with the clause parsed as the subject of "clear"
    ("But she made clear that Russian aircraft would not stop supporting the Syrian army's offensive around Aleppo.",
     [("she", "made clear", "Russian aircraft would not stop supporting the Syrian army's offensive around Aleppo",
       "indirect", "make_clear")]),
    # a present participle set off by commas between the speaker and the cue
    ("In Washington, Secretary of State Mike Pompeo, announcing the U.S. move on Friday, said Russia had six months to "
     "destroy its missiles.",
     [("Secretary of State Mike Pompeo", "announcing", "the U.S. move", "indirect", "verb_object"),
      ("Secretary of State Mike Pompeo", "said", "Russia had six months to destroy its missiles", "indirect",
       "verb_clause")]),
    # the that-clause hung under a participle of the preposition's object
    ("In Oslo, the ferry office spokesman, Per Lund, said in a commentary posted on the ministry's website that the "
     'exclusion of a major ferry company on the eve of the season "casts a long shadow" over the summer.',
     [("the ferry office spokesman", "said", 'the exclusion of a major ferry company on the eve of the season "casts a '
       'long shadow" over the summer', "mixed", "verb_clause")]),
    # an outlet of the knowledge base reports (here one missing from the lexicon's list): the one it quotes speaks
    ("The Korean Central News Agency said the mayor told officials that the pier would reopen.",
     [("the mayor", "told", "the pier would reopen", "indirect", "verb_clause")]),
    # a plural subject after "that" read as the verb of a relative clause on the noun before it
    ("The mayor said at a meeting that talks with the council were pointless.",
     [("The mayor", "said", "talks with the council were pointless", "indirect", "verb_clause")]),
    ("The mayor said at a meeting that plans for the pier were ready.",
     [("The mayor", "said", "plans for the pier were ready", "indirect", "verb_clause")]),
    # a hyphen inside the name after "the office of" does not end the speaker phrase
    ("The office of Mayor Hans al-Amin said the pier would reopen in May.",
     [("The office of Mayor Hans al-Amin", "said", "the pier would reopen in May", "indirect", "verb_clause")]),
    # the reported verb read as a participle of its subject, which the parser made the cue's object
    ("In Beijing, Foreign Ministry spokesman Geng Shuang said the UN Security Council resolutions allowed for sanctions "
     "to be adjusted in light of Pyongyang's conduct.",
     [("Foreign Ministry spokesman Geng Shuang", "said", "the UN Security Council resolutions allowed for sanctions to "
       "be adjusted in light of Pyongyang's conduct", "indirect", "verb_clause")]),
    # associations, centres, movements speak like other bodies
    ("The harbour workers' association said the pier was unsafe.",
     [("The harbour workers' association", "said", "the pier was unsafe", "indirect", "verb_clause")]),
    # an aside ("China included") took the second cue as its conjunct: the cue is the spokesman's second statement
    ("At a regular press conference in Beijing, Foreign Ministry spokesman Lu Kang said the deployment would seriously "
     "damage the strategic security interests of countries in the region, China included, and urged Washington and "
     "Seoul to halt the process.",
     [("Foreign Ministry spokesman Lu Kang", "said", "the deployment would seriously damage the strategic security "
       "interests of countries in the region, China included", "indirect", "verb_clause"),
      ("Foreign Ministry spokesman Lu Kang", "urged", "Washington and Seoul to halt the process", "indirect",
       "verb_infinitive")]),
    # "that" read as the determiner of the clause's subject, the clause's verb joined to the cue
    ("At a briefing in the town hall, harbour office spokesman Zhao Lin maintained that sovereignty over the old pier "
     "area had always belonged to the town, and said the council did not want to see any more disputes.",
     [("harbour office spokesman Zhao Lin", "maintained", "sovereignty over the old pier area had always belonged to "
       "the town", "indirect", "verb_clause"),
      ("harbour office spokesman Zhao Lin", "said", "the council did not want to see any more disputes", "indirect",
       "verb_clause")]),
    # the clause after a participle phrase of "statement", read as a relative clause with "that" for its object
    ("Colonel Zhang Shuili, a spokesman for the People's Liberation Army's Western Theatre Command, said in a "
     "statement carried by Chinese state media that India had gone back on its commitments and that the Indian side "
     'should "strictly restrain" its front-line troops.',
     [("Colonel Zhang Shuili", "said", 'India had gone back on its commitments and that the Indian side should '
       '"strictly restrain" its front-line troops', "mixed", "verb_clause")]),
    # the absolute construction of news copy: ", with X declaring that Y" reports X beside the first source
    ("The harbour office said Friday it had test-fired a new foghorn the previous day, with harbour master Lars Berg "
     "declaring that the device would transform the port's safety record, according to the local radio.",
     [("The harbour office", "said", "it had test-fired a new foghorn the previous day", "indirect", "verb_clause"),
      ("harbour master Lars Berg", "declaring", "the device would transform the port's safety record", "indirect",
       "verb_clause")]),
    # a hyphenated given name the parser split off: the description behind it is no participle set off by commas
    ("Kim Eui-kyeom, the spokesman for the harbour office, said the ferries would sail again in May.",
     [("Kim Eui-kyeom", "said", "the ferries would sail again in May", "indirect", "verb_clause")]),
    # "called X "Y"" with the quoted judgement hung on the object's last word, joined to a reported clause
    ("Lars Berg, the Norwegian transport minister, said Oslo was helping its Swedish partners with the investigation, "
     'and called any suggestion of Norwegian involvement "absurd".',
     [("Lars Berg", "said", "Oslo was helping its Swedish partners with the investigation", "indirect", "verb_clause"),
      ("Lars Berg", "called", 'any suggestion of Norwegian involvement "absurd"', "mixed", "verb_object")]),
    # the cue read as a participle of the name, which the parser made the root, with the that-clause on the name
    ("Former President Donald J. Trump, the Republican nominee, posted on Truth Social that the deployment would "
     '"never have happened" under his leadership.',
     [("Former President Donald J. Trump", "posted", 'the deployment would "never have happened"', "mixed",
       "verb_clause")]),
    # "that" read as a preposition with the clause's subject for its object
    ("The Treasury Department said the two companies' vessels had carried Russian crude sold above the "
     "$60-per-barrel cap, and warned that shipowners and insurers who helped Moscow evade the limit would face the "
     "same measures.",
     [("The Treasury Department", "said", "the two companies' vessels had carried Russian crude sold above the "
       "$60-per-barrel cap", "indirect", "verb_clause"),
      ("The Treasury Department", "warned", "shipowners and insurers who helped Moscow evade the limit would face the "
       "same measures", "indirect", "verb_clause")]),
    # a participle after a comma at the end of a clause inside the reported clause is the reporter's
    ("Orbán said he had learned what Moscow's conditions were and would pass them on to his European colleagues, "
     'adding that Europe "cannot simply outsource peace to the battlefield".',
     [("Orbán", "said", "he had learned what Moscow's conditions were and would pass them on to his European "
       "colleagues", "indirect", "verb_clause"),
      ("Orbán", "adding", 'Europe "cannot simply outsource peace to the battlefield"', "mixed", "verb_clause")]),
    # "challenged X to Y" proposes, like "urged X to Y"
    ("In a statement read on state television, government spokesman Colonel Abdoulaye Maïga said there were no "
     "Wagner fighters in the country, only Russian military trainers working under a state-to-state agreement, and "
     "challenged the signatories to back up their claims with evidence.",
     [("government spokesman Colonel Abdoulaye Maïga", "said", "there were no Wagner fighters in the country, only "
       "Russian military trainers working under a state-to-state agreement", "indirect", "verb_clause"),
      ("government spokesman Colonel Abdoulaye Maïga", "challenged", "the signatories to back up their claims with "
       "evidence", "indirect", "verb_infinitive")]),
    # "accused" joined to the reported clause is the reporter's act, whatever the clause's subject (lexicon
    # reporter_act_verbs)
    ("In Bergen, harbour office spokeswoman Kari Nordmann said Bergen had no ferries in the bay and accused Oslo of "
     'wanting to keep the port as "a private playground".',
     [("harbour office spokeswoman Kari Nordmann", "said", "Bergen had no ferries in the bay", "indirect",
       "verb_clause"),
      ("harbour office spokeswoman Kari Nordmann", "accused", 'Oslo of wanting to keep the port as "a private '
       'playground"', "mixed", "verb_object")]),
    # "said in a briefing/statement that Y" with Y read as a relative clause of the noun (a subject of its own)
    ("Defence Ministry spokesman Major General Igor Konashenkov said in a televised briefing that Russian Su-24 and "
     "Su-25 jets had flown around 20 sorties against Islamic State positions.",
     [("Defence Ministry spokesman Major General Igor Konashenkov", "said", "Russian Su-24 and Su-25 jets had flown "
       "around 20 sorties against Islamic State positions", "indirect", "verb_clause")]),
    # ... with a passive verb, which has no object for "that" to stand for
    ('The People\'s Daily said in a front-page commentary that the tribunal had been "manipulated" by Washington.',
     [("The People's Daily", "said", 'the tribunal had been "manipulated" by Washington', "mixed", "verb_clause")]),
    # ... but a relative clause that says who held the occasion is no content
    ("The minister said at a meeting that the mayor chaired on Monday.", []),
    # the infinitive hung on the occasion between the addressee and it
    ("The mayor urged the council in a letter to reopen the pier.",
     [("The mayor", "urged", "the council in a letter to reopen the pier", "indirect", "verb_infinitive")]),
    # a participle's that-clause hung on the clause's main verb
    ("Foreign Ministry spokeswoman Maria Zakharova was more combative, writing on Telegram that Western reactions to "
     'the verdict showed the United States "considers its citizens above the laws of other countries."',
     [("Foreign Ministry spokeswoman Maria Zakharova", "writing", "Western reactions to the verdict showed the United "
       'States "considers its citizens above the laws of other countries."', "mixed", "verb_clause")]),
    # a noun phrase set off by a comma after a trailing cue comments on the clause before it
    # a cue set off inside a clause whose verb could itself be a cue ("respond"): that verb is not a trailing cue
    ("If the talks fail, Nordmann warned, Norway would respond.",
     [("Nordmann", "warned", "If the talks fail, Nordmann warned, Norway would respond", "indirect",
       "verb_parenthetical")]),
    # a long office's name that ends in its holder's stays in the speaker phrase
    ("Head of the Federal Atomic Energy Agency Sergei Kiriyenko told journalists that the ferry would be ready in May.",
     [("Head of the Federal Atomic Energy Agency Sergei Kiriyenko", "told", "the ferry would be ready in May",
       "indirect", "verb_clause")]),
    # an opinion phrase followed by a cue set off: the cue's statement, not the opinion's
    ("Gromov said the ferry talks went well. In the Kremlin's assessment, he added, the ferry link had shown how "
     "much depended on Moscow and Oslo.",
     [("Gromov", "said", "the ferry talks went well", "indirect", "verb_clause"),
      ("he", "added", "In the Kremlin's assessment, he added, the ferry link had shown how much depended on Moscow "
       "and Oslo", "indirect", "verb_parenthetical")]),
    # readout constructions (set N): "made clear" set off inside its content
    ("The town's consent to the new pier, Nordmann made clear, was linked to the ferry timetable.",
     [("Nordmann", "made clear", "The town's consent to the new pier, Nordmann made clear, was linked to the ferry "
       "timetable", "indirect", "make_clear")]),
    # a fronted adverbial is no content of a trailing verb
    ("Later in the day, the two mayors spoke by telephone.", []),
    # a joint document speaks, whatever its noun
    ("The joint understanding states that the ferry will run twice a day.",
     [("The joint understanding", "understanding states", "the ferry will run twice a day", "indirect",
       "verb_clause")]),
    # "told X that A, but that B": one content; a pronoun after the coordinated "that" speaks inside it
    ("Mayor Berg told journalists that the two towns' positions did not fully coincide, but that they shared the "
     "view that the pier must be rebuilt.",
     [("Mayor Berg", "told", "the two towns' positions did not fully coincide, but that they shared the view that "
       "the pier must be rebuilt", "indirect", "verb_clause")]),
    # a cue set off inside a relative clause reports that clause
    ("Nordmann warned against closing the ferry line, whose owners, he noted, had invested heavily in new boats.",
     [("Nordmann", "warned", "closing the ferry line", "indirect", "verb_object"),
      ("he", "noted", "whose owners, he noted, had invested heavily in new boats", "indirect",
       "verb_parenthetical")]),
    # a light verb joined after a comma to the reported clause is the reporter's second statement
    ("Barack Obama said that the United States and Russia had different views on the ferry but a shared interest in "
     "the pier, and expressed hope that the talks could resume soon.",
     [("Barack Obama", "said", "the United States and Russia had different views on the ferry but a shared interest "
       "in the pier", "indirect", "verb_clause"),
      ("Barack Obama", "expressed hope", "the talks could resume soon", "indirect", "light_verb_noun")]),
    # business desks (set O1): market participants speak, anonymous or not
    ('"The market is starting to price the risk," said a currency dealer at a foreign bank in Oslo.',
     [("a currency dealer", "said", "The market is starting to price the risk", "direct", "verb_clause")]),
    ("Ellen Lord spoke in Oslo. She estimated the cost of the new pier at five million crowns.",
     [("She", "estimated", "the cost of the new pier at five million crowns", "indirect", "verb_object")]),
    # a cue the parser hung as an adverbial clause, set off by commas inside its content
    ("Grisham said in a statement that the decision made it impossible. The S-400, the statement went on, would give "
     "Moscow a window into the fighter's features.",
     [("Grisham", "said", "the decision made it impossible", "indirect", "verb_clause"),
      ("the statement", "statement went on", "The S-400, the statement went on, would give Moscow a window into the "
       "fighter's features", "indirect", "verb_parenthetical")]),
    # a participle after a cue set off is the same source's second statement
    ("The ferry will stop running in May, the harbour council said, warning that the pier was unsafe.",
     [("the harbour council", "said", "The ferry will stop running in May", "indirect", "verb_parenthetical"),
      ("the harbour council", "warning", "the pier was unsafe", "indirect", "verb_clause")]),
    # "according to estimates by X": X's
    ("Ferry traffic has fallen by a third this year, according to estimates by the harbour council, and the pier is "
     "idle.",
     [("the harbour council", "according to", "Ferry traffic has fallen by a third this year", "according_to",
       "according_to")]),
    # regional desks (set O2): the reported clause's subject read as the cue's second subject
    ("In Beijing, Foreign Ministry spokesman Zhao Lijian said China, as a close neighbor, wanted to see the ferry "
     "talks resume on the peninsula.",
     [("Foreign Ministry spokesman Zhao Lijian", "said", "China, as a close neighbor, wanted to see the ferry talks "
       "resume on the peninsula", "indirect", "verb_clause")]),
    # a record set between a speaker and its cue is a sourcing tag, not a source
    ("The talks ended. Berg, according to a transcript released by the council, thanked Oslo for its patience.",
     [("Berg", "thanked", "Oslo for its patience", "indirect", "verb_object")]),
    # the popular press (set P1): its speech verbs and its names for speakers
    ('"The pier has sailed home to its own harbour," Mayor Berg thundered today as he signed the ferry deal.',
     [("Mayor Berg", "thundered", "The pier has sailed home to its own harbour", "direct", "verb_clause")]),
    ('Councillor Olsen fumed that the town had swallowed the harbour "at the point of a gun".',
     [("Councillor Olsen", "fumed", 'the town had swallowed the harbour "at the point of a gun"', "mixed",
       "verb_clause")]),
    ('Maria Zakharova sneered that the ferry plan was "a circus performance".',
     [("Maria Zakharova", "sneered", 'the ferry plan was "a circus performance"', "mixed", "verb_clause")]),
    ('The 68-year-old presenter claimed the ferry could "wash away" the pier.',
     [("The 68-year-old presenter", "claimed", 'the ferry could "wash away" the pier', "mixed", "verb_clause")]),
    ('Jens Stoltenberg said the alliance was united, but he pleaded with both towns to "turn the temperature down".',
     [("Jens Stoltenberg", "said", "the alliance was united", "indirect", "verb_clause"),
      ("he", "pleaded", 'to "turn the temperature down"', "mixed", "verb_infinitive")]),
    # "with X calling Y Z": a gerund with a subject of its own is a clause, and keeps its object
    ("The council denied the report, with the mayor calling it \"pure fiction\".",
     [("The council", "denied", "the report", "indirect", "verb_object"),
      ("the mayor", "calling", 'it "pure fiction"', "mixed", "verb_object")]),
    ("The ferry company has sold its oldest vessel to a buyer in Norway, Mayor Lars Berg confirmed on Monday, a sale "
     "likely to add to unease about the future of the line.",
     [("Mayor Lars Berg", "confirmed", "The ferry company has sold its oldest vessel to a buyer in Norway", "indirect",
       "verb_clause")]),
]


@pytest.mark.parametrize("body, expected", NEWS_CONSTRUCTIONS, ids=[c[0][:30] for c in NEWS_CONSTRUCTIONS])
def test_news_constructions(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


@pytest.mark.parametrize("body", [
    "The company appealed to the supreme court.",
    "The offer appealed to voters.",
    "The storm lashed the harbour on Monday.",
    "The mayor travelled on Monday to open the pier.",
    "The army defended the harbour for three weeks.",
    "The ferry hit the pier on Monday.",
    "The mayor told visiting reporters about the pier.",
    "The mayor said the economy would recover, as the bank had predicted.",
    "Engineers assessed the damage on Monday.",
    "The mayor presented the plan on Monday.",
    "The mayor provided food for the fishermen.",
])
def test_news_constructions_that_are_no_new_statements(annotate_text, body):
    assert [s for s in found(annotate_text(body)) if s[1] != "said"] == []


@pytest.mark.parametrize("body, expected", [
    # the reporter's next act, whatever it is, ends what was stressed
    ("Mayor Kari Olsen stressed that the reform must not weaken the harbour's defences and instructed the council to "
     "protect the fishermen.",
     [("Mayor Kari Olsen", "stressed", "the reform must not weaken the harbour's defences", "indirect",
       "verb_clause")]),
    ("Mayor Kari Olsen stressed that the reform must not weaken the harbour's defences and signed the decree.",
     [("Mayor Kari Olsen", "stressed", "the reform must not weaken the harbour's defences", "indirect",
       "verb_clause")]),
    # ... but a second reported clause with "that" is more of what was said
    ("Olsen said she had talked with the council at length and that there was reason to hope.",
     [("Olsen", "said", "she had talked with the council at length and that there was reason to hope",
       "indirect", "verb_clause")]),
    # ... and before a trailing cue both acts are in what was said
    ("The mayor has called the flooding deeply alarming and urged both towns to act, her spokesman said.",
     [("her spokesman", "said", "The mayor has called the flooding deeply alarming and urged both towns to act",
       "indirect", "verb_clause")]),
    # "made clear" after ", but" is the reporter's, not the reported clause's subject's
    ('Deputy Mayor Kari Olsen, who presented the plans to journalists, said Oslo expected talks with the council to '
     'begin "as early as next month" in Bergen, but made clear that the two plans were "a package".',
     [("Deputy Mayor Kari Olsen", "said", 'Oslo expected talks with the council to begin "as early as next month" in '
       'Bergen', "mixed", "verb_clause"),
      ("Deputy Mayor Kari Olsen", "made clear", 'the two plans were "a package"', "mixed", "make_clear")]),
    # an agreement reported by a source is what the source said, not an agentless readout of its own
    ("The harbour office reported that the route had been agreed with the council in advance.",
     [("The harbour office", "reported", "the route had been agreed with the council in advance", "indirect",
       "verb_clause")]),
    # a readout's office of a region keeps its holder's name, which the tagger ran into the region's
    ("Governor of the Kaliningrad Region Vladimir Yegorov said the region had doubled its output.",
     [("Governor of the Kaliningrad Region Vladimir Yegorov", "said", "the region had doubled its output", "indirect",
       "verb_clause")]),
])
def test_a_reported_clause_ends_where_the_reporter_acts_again(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    # a hyphenated title the tokenizer split is the whole speaker
    ("Speaking to reporters, the vice-president said the ferry would keep running.",
     [("the vice-president", "said", "the ferry would keep running", "indirect", "verb_clause")]),
    # a surname the tagger read as a common noun, known as one person's
    ("Vance says the council has no wish for a long dispute over the pier.",
     [("Vance", "says", "the council has no wish for a long dispute over the pier", "indirect", "verb_clause")]),
    # the reported verb read as an adjective of its object
    ("In Bergen, harbour spokeswoman Kari Olsen said the West bore full responsibility for the clashes.",
     [("harbour spokeswoman Kari Olsen", "said", "the West bore full responsibility for the clashes", "indirect",
       "verb_clause")]),
    # a clause without "that" after the audience, read as its relative clause
    ("Harbour master Lars Berg told journalists he expected the council to approve a shorter closure.",
     [("Harbour master Lars Berg", "told", "he expected the council to approve a shorter closure", "indirect",
       "verb_clause")]),
    # a trailing cue the parser joined to the reported verb, its source an apposition of the object
    ("Iran has begun removing 27 surveillance cameras installed by the UN nuclear watchdog, the agency's chief said "
     "on Thursday.",
     [("the agency's chief", "said", "Iran has begun removing 27 surveillance cameras installed by the UN nuclear "
       "watchdog", "indirect", "verb_trailing")]),
    # the time of saying, which the parser hung on the reported verb
    ("The Israeli military said early Thursday it had struck dozens of Iranian military targets across Syria "
     "overnight.",
     [("The Israeli military", "said", "it had struck dozens of Iranian military targets across Syria overnight",
       "indirect", "verb_clause")]),
])
def test_parser_misreadings_of_plain_reports(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)


def test_a_live_blogs_time_zone_is_no_subject(nlp):
    from pipeline.extract.speakers import subject

    doc = nlp("14:30 GMT — Vance says the US has no wish for a prolonged conflict with Iran.")
    assert subject(next(t for t in doc if t.lower_ == "says")).text == "Vance"


@pytest.mark.parametrize("body, expected", [
    # a time frame set off after a reported clause is the journalist's: its statement is reported in its own right
    ("The navy said early Thursday it had struck dozens of targets overnight, hours after what it described as a "
     "barrage of 20 rockets.",
     [("The navy", "said", "it had struck dozens of targets overnight", "indirect", "verb_clause"),
      ("it", "described", "a barrage of 20 rockets", "indirect", "verb_object")]),
    # ... but a participle set off after that clause's own verb is the journalist's too (no statement of the
    # coast guard; the frame stays in the content here, a limit the README lists)
    ("The council said on Sunday it had put two ferries into service, a week after the coast guard launched a ferry of "
     "its own, drawing renewed accusations that Oslo wastes money.",
     [("The council", "said", "it had put two ferries into service, a week after the coast guard launched a ferry of "
       "its own, drawing renewed accusations that Oslo wastes money", "indirect", "verb_clause")]),
    # without a comma the clause is part of what was said
    ("The harbour office said its crews had cleared the pier after the mayor said the ferry would run.",
     [("The harbour office", "said", "its crews had cleared the pier after the mayor said the ferry would run",
       "indirect", "verb_clause")]),
])
def test_a_time_frame_after_a_reported_clause(annotate_text, body, expected):
    assert found(annotate_text(body)) == sorted(expected)
