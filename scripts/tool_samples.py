"""The documents of the annotation-tool samples, in string form (see scripts/build_tool_samples.py).

Written by the team for the worked example: every sentence and quote is invented. Real officials, offices and
dates are used as facts, as in the written corpus; the publications are fictional. Each statement is
(speaker or None, cue, content, entity, kind, label, tags); the build finds the content exactly, then the
occurrence of the cue nearest to it, then the occurrence of the speaker nearest to the cue.
"""

D = "direct"
I = "indirect"
M = "mixed"
A = "according_to"
H, C, N = "hawkish", "conciliatory", "neutral"

DOCUMENTS = [
    # ---------------- Label Studio ----------------
    {"id": "ls-01", "tool": "labelstudio", "split": "train",
     "meta": {"publication": "Harbour Street Monitor", "date": "2009-03-06", "title": "Envoys agree to restart council meetings"},
     "body": """NATO and Russia agreed this week to resume formal meetings of their joint council, which were frozen after the war in Georgia last summer.

Secretary General Jaap de Hoop Scheffer said the alliance was ready to talk with Moscow "on every issue, including the ones where we disagree." Russia's envoy to the alliance, Dmitry Rogozin, said that the first session could take place before the summer.

Rogozin also warned that Moscow would walk out of the council again if NATO pressed ahead with plans to offer membership to Ukraine. The alliance's spokesman told reporters that the date of the first meeting had not been fixed.

The thaw is fragile, and neither side has changed its account of what went wrong in August.""",
     "statements": [
         ("Jaap de Hoop Scheffer", "said", 'the alliance was ready to talk with Moscow "on every issue, including the ones where we disagree."', "jaap-de-hoop-scheffer", M, C, []),
         ("Dmitry Rogozin", "said", "the first session could take place before the summer", "dmitry-rogozin", I, C, []),
         ("Rogozin", "warned", "Moscow would walk out of the council again if NATO pressed ahead with plans to offer membership to Ukraine", "dmitry-rogozin", I, H, ["condition"]),
         ("The alliance's spokesman", "told", "the date of the first meeting had not been fixed", "james-appathurai", I, N, ["role-speaker"]),
     ]},
    {"id": "ls-02", "tool": "labelstudio", "split": "train",
     "meta": {"publication": "Harbour Street Monitor", "date": "2015-06-24", "title": "Moscow answers allied build-up in the Baltic"},
     "body": """Russia will deploy additional air-defence units to its western regions in response to the growing allied presence near its borders, Defence Minister Sergei Shoigu said on Tuesday.

"Every new battalion that appears on our frontier will be matched," Shoigu told a meeting of the ministry's board. He said the alliance was turning the Baltic into a training ground for a war with Russia.

NATO Secretary General Jens Stoltenberg said the rotating units were defensive and proportionate. He added that the alliance remained open to a dialogue with Moscow on military transparency.

Both sides are expected to keep adding forces through the autumn.""",
     "statements": [
         ("Sergei Shoigu", "said", "Russia will deploy additional air-defence units to its western regions in response to the growing allied presence near its borders", "sergei-shoigu", I, H, []),
         ("Shoigu", "told", "Every new battalion that appears on our frontier will be matched,", "sergei-shoigu", D, H, []),
         ("He", "said", "the alliance was turning the Baltic into a training ground for a war with Russia", "sergei-shoigu", I, H, ["pronoun-speaker"]),
         ("Jens Stoltenberg", "said", "the rotating units were defensive and proportionate", "jens-stoltenberg", I, N, ["charged-neutral"]),
         ("He", "added", "the alliance remained open to a dialogue with Moscow on military transparency", "jens-stoltenberg", I, C, ["pronoun-speaker"]),
     ]},
    {"id": "ls-03", "tool": "labelstudio", "split": "train",
     "meta": {"publication": "Continental Affairs Digest", "date": "2004-11-18", "title": "Moscow and Brussels trade words over Kaliningrad transit"},
     "body": """Foreign Minister Sergei Lavrov said on Thursday that Russia expected the European Union to keep its promise of simple transit rules for residents of Kaliningrad. "We have done our part, and we count on our partners in Brussels to do theirs," Lavrov told journalists after talks with the EU troika.

According to Lavrov, a joint working group will meet in December to settle the remaining technical questions.

A spokesman for the European Commission said the transit arrangement showed what Russia and the Union could achieve together. He denied that Lithuanian border guards were slowing down Russian travellers.

The dispute has come up at every summit since 2002.""",
     "statements": [
         ("Sergei Lavrov", "said", "Russia expected the European Union to keep its promise of simple transit rules for residents of Kaliningrad", "sergei-lavrov", I, N, []),
         ("Lavrov", "told", "We have done our part, and we count on our partners in Brussels to do theirs,", "sergei-lavrov", D, C, []),
         ("Lavrov", "According to", "a joint working group will meet in December to settle the remaining technical questions", "sergei-lavrov", A, N, []),
         ("A spokesman for the European Commission", "said", "the transit arrangement showed what Russia and the Union could achieve together", None, I, C, []),
         ("He", "denied", "Lithuanian border guards were slowing down Russian travellers", None, I, N, ["pronoun-speaker", "negation"]),
     ]},
    {"id": "ls-04", "tool": "labelstudio", "split": "train",
     "meta": {"publication": "Northern Desk", "date": "1999-04-02", "title": "Moscow recalls its military envoy over Yugoslavia strikes"},
     "body": """Russia has recalled its chief military representative from NATO headquarters and suspended its participation in the Partnership for Peace programme, the Foreign Ministry announced.

Foreign Minister Igor Ivanov said the air campaign against Yugoslavia was "a gross violation of the United Nations Charter" and warned that Moscow would reconsider its whole relationship with the alliance.

NATO spokesman Jamie Shea said the door to consultations with Russia remained open. "We regret this decision and we hope our Russian colleagues will return soon," he told reporters in Brussels.""",
     "statements": [
         ("the Foreign Ministry", "announced", "Russia has recalled its chief military representative from NATO headquarters and suspended its participation in the Partnership for Peace programme", "russian-foreign-ministry", I, H, []),
         ("Igor Ivanov", "said", 'the air campaign against Yugoslavia was "a gross violation of the United Nations Charter"', "igor-ivanov", M, H, []),
         ("Igor Ivanov", "warned", "Moscow would reconsider its whole relationship with the alliance", "igor-ivanov", I, H, []),
         ("Jamie Shea", "said", "the door to consultations with Russia remained open", "jamie-shea", I, C, []),
         ("he", "told", "We regret this decision and we hope our Russian colleagues will return soon,", "jamie-shea", D, C, ["pronoun-speaker"]),
     ]},
    {"id": "ls-05", "tool": "labelstudio", "split": "dev",
     "meta": {"publication": "Harbour Street Monitor", "date": "2021-12-10", "title": "Washington and Moscow set a date for security talks"},
     "body": """Senior American and Russian diplomats will meet in Geneva next month to discuss Moscow's demands for security guarantees, the State Department said on Friday.

Deputy Foreign Minister Sergei Ryabkov said Russia would not accept "endless talk about talks" and insisted that NATO give a written promise not to expand further east.

Secretary of State Antony Blinken said Washington was ready for serious diplomacy and would listen to Russian concerns. He warned that any new Russian attack on Ukraine would meet a firm response.

Neither side has yet set out what a compromise might look like.""",
     "statements": [
         ("the State Department", "said", "Senior American and Russian diplomats will meet in Geneva next month to discuss Moscow's demands for security guarantees", "us-state-department", I, N, []),
         ("Sergei Ryabkov", "said", 'Russia would not accept "endless talk about talks"', "sergei-ryabkov", M, H, ["negation"]),
         ("Sergei Ryabkov", "insisted", "NATO give a written promise not to expand further east", "sergei-ryabkov", I, H, []),
         ("Antony Blinken", "said", "Washington was ready for serious diplomacy and would listen to Russian concerns", "antony-blinken", I, C, []),
         ("He", "warned", "any new Russian attack on Ukraine would meet a firm response", "antony-blinken", I, H, ["pronoun-speaker", "condition"]),
     ]},
    {"id": "ls-06", "tool": "labelstudio", "split": "test",
     "meta": {"publication": "Continental Affairs Digest", "date": "2010-04-09", "title": "New arms treaty signed in Prague"},
     "body": """The presidents of Russia and the United States signed a new strategic arms reduction treaty in Prague on Thursday.

Foreign Minister Sergei Lavrov said the treaty was "a good example of what can be achieved when both sides listen to each other." He cautioned, however, that Russia could withdraw from it if American missile defence plans upset the strategic balance.

Assistant Secretary of State Rose Gottemoeller, who led the American negotiators, said the verification chapter would let inspectors from both countries return to each other's bases within months. A Kremlin spokesman said the ratification documents would be sent to the Duma next week.""",
     "statements": [
         ("Sergei Lavrov", "said", 'the treaty was "a good example of what can be achieved when both sides listen to each other."', "sergei-lavrov", M, C, []),
         ("He", "cautioned", "Russia could withdraw from it if American missile defence plans upset the strategic balance", "sergei-lavrov", I, H, ["condition", "pronoun-speaker"]),
         ("Rose Gottemoeller", "said", "the verification chapter would let inspectors from both countries return to each other's bases within months", "rose-gottemoeller", I, C, []),
         ("A Kremlin spokesman", "said", "the ratification documents would be sent to the Duma next week", None, I, N, []),
     ]},
    # ---------------- Prodigy ----------------
    {"id": "pr-01", "tool": "prodigy", "split": "train",
     "meta": {"publication": "Eastern Flank Weekly", "date": "2007-02-12", "title": "Moscow stands by the Munich speech"},
     "body": """Russian officials defended President Vladimir Putin's speech at the Munich security conference on Monday, a day after it drew sharp criticism in Western capitals.

Defence Minister Sergei Ivanov said the speech had named problems that Europe preferred not to discuss. "Nobody should expect Russia to stay silent while new bases appear along its borders," Ivanov told the conference.

NATO Secretary General Jaap de Hoop Scheffer said he was disappointed by the tone of the speech. He said the alliance wanted a partnership with Russia and would keep working for one. A conference organiser said that more than forty delegations had attended this year.

The speech is likely to shape the agenda of the next NATO-Russia Council.""",
     "statements": [
         ("Sergei Ivanov", "said", "the speech had named problems that Europe preferred not to discuss", "sergei-ivanov", I, H, ["implicit-hawkish"]),
         ("Ivanov", "told", "Nobody should expect Russia to stay silent while new bases appear along its borders,", "sergei-ivanov", D, H, []),
         ("Jaap de Hoop Scheffer", "said", "he was disappointed by the tone of the speech", "jaap-de-hoop-scheffer", I, H, ["hedged-criticism"]),
         ("He", "said", "the alliance wanted a partnership with Russia and would keep working for one", "jaap-de-hoop-scheffer", I, C, ["pronoun-speaker"]),
         ("A conference organiser", "said", "more than forty delegations had attended this year", None, I, N, []),
     ]},
    {"id": "pr-02", "tool": "prodigy", "split": "train",
     "meta": {"publication": "Arms Control Bulletin", "date": "2018-10-22", "title": "Washington to quit the INF Treaty"},
     "body": """The United States will leave the Intermediate-Range Nuclear Forces Treaty because Russia has violated it for years, President Donald Trump said on Saturday.

Deputy Foreign Minister Sergei Ryabkov said the decision was "a very dangerous step." He warned that Moscow would respond with military-technical measures if American missiles appeared in Europe.

Kremlin spokesman Dmitry Peskov said Russia remained ready to discuss the treaty's future with Washington. According to Peskov, the issue will be raised when national security adviser John Bolton visits Moscow this week.

German Foreign Minister Heiko Maas said Berlin regretted the announcement and wanted both sides to preserve the treaty.""",
     "statements": [
         ("Donald Trump", "said", "The United States will leave the Intermediate-Range Nuclear Forces Treaty because Russia has violated it for years", "donald-trump", I, H, []),
         ("Sergei Ryabkov", "said", 'the decision was "a very dangerous step."', "sergei-ryabkov", M, H, []),
         ("He", "warned", "Moscow would respond with military-technical measures if American missiles appeared in Europe", "sergei-ryabkov", I, H, ["condition", "pronoun-speaker"]),
         ("Dmitry Peskov", "said", "Russia remained ready to discuss the treaty's future with Washington", "dmitry-peskov", I, C, []),
         ("Peskov", "According to", "the issue will be raised when national security adviser John Bolton visits Moscow this week", "dmitry-peskov", A, N, []),
         ("Heiko Maas", "said", "Berlin regretted the announcement and wanted both sides to preserve the treaty", "local:pr-02:heiko-maas", I, N, []),
     ]},
    {"id": "pr-03", "tool": "prodigy", "split": "train",
     "meta": {"publication": "Northern Desk", "date": "2013-09-14", "title": "Chemical weapons deal reached in Geneva"},
     "body": """Russia and the United States agreed in Geneva on Saturday on a plan to place Syria's chemical weapons under international control.

Secretary of State John Kerry said the agreement showed that the two countries could "work together on the hardest problems." Foreign Minister Sergei Lavrov told reporters that the deal was "a breakthrough" reached "through patient, professional work."

Lavrov warned that any attempt to use the deal as a pretext for strikes on Syria would wreck it. A spokesman for the Syrian opposition said the rebels had not been consulted.""",
     "statements": [
         ("John Kerry", "said", 'the agreement showed that the two countries could "work together on the hardest problems."', "john-kerry", M, C, []),
         ("Sergei Lavrov", "told", 'the deal was "a breakthrough" reached "through patient, professional work."', "sergei-lavrov", M, C, []),
         ("Lavrov", "warned", "any attempt to use the deal as a pretext for strikes on Syria would wreck it", "sergei-lavrov", I, H, ["condition"]),
         ("A spokesman for the Syrian opposition", "said", "the rebels had not been consulted", None, I, N, ["third-party"]),
     ]},
    {"id": "pr-04", "tool": "prodigy", "split": "train",
     "meta": {"publication": "Eastern Flank Weekly", "date": "2022-06-29", "title": "Madrid summit invites Finland and Sweden"},
     "body": """NATO leaders formally invited Finland and Sweden to join the alliance at their summit in Madrid on Wednesday.

Secretary General Jens Stoltenberg said Russia's war had created "the most serious security situation in decades." He added that allies would station more troops on the eastern flank for as long as necessary.

Kremlin spokesman Dmitry Peskov said Russia would respond to any deployment of allied infrastructure in the two countries. Deputy Foreign Minister Alexander Grushko said Moscow saw no reason for a dialogue with the alliance at present.

A Finnish government spokesman said Helsinki would complete the ratification procedures as quickly as possible.""",
     "statements": [
         ("Jens Stoltenberg", "said", 'Russia\'s war had created "the most serious security situation in decades."', "jens-stoltenberg", M, H, []),
         ("He", "added", "allies would station more troops on the eastern flank for as long as necessary", "jens-stoltenberg", I, H, ["pronoun-speaker"]),
         ("Dmitry Peskov", "said", "Russia would respond to any deployment of allied infrastructure in the two countries", "dmitry-peskov", I, H, []),
         ("Alexander Grushko", "said", "Moscow saw no reason for a dialogue with the alliance at present", "alexander-grushko", I, H, ["negation"]),
         ("A Finnish government spokesman", "said", "Helsinki would complete the ratification procedures as quickly as possible", None, I, N, []),
     ]},
    {"id": "pr-05", "tool": "prodigy", "split": "dev",
     "meta": {"publication": "Arms Control Bulletin", "date": "2002-05-28", "title": "A new council for NATO and Russia"},
     "body": """Leaders of NATO countries and Russia founded a new NATO-Russia Council at a summit near Rome on Tuesday.

Secretary General George Robertson said the council would allow the twenty countries to "act together as equals" on terrorism, crisis management and arms control. Foreign Minister Igor Ivanov said Russia intended to use the new body to build real trust with its former adversaries.

Ivanov added that the council's first meeting of defence ministers would take place in June. He said Russia's position on the alliance's enlargement to the Baltic states had not changed.

The meeting was held at an air base south of Rome.""",
     "statements": [
         ("George Robertson", "said", 'the council would allow the twenty countries to "act together as equals" on terrorism, crisis management and arms control', "george-robertson", M, C, []),
         ("Igor Ivanov", "said", "Russia intended to use the new body to build real trust with its former adversaries", "igor-ivanov", I, C, []),
         ("Ivanov", "added", "the council's first meeting of defence ministers would take place in June", "igor-ivanov", I, N, []),
         ("He", "said", "Russia's position on the alliance's enlargement to the Baltic states had not changed", "igor-ivanov", I, H, ["implicit-hawkish", "pronoun-speaker"]),
     ]},
    {"id": "pr-06", "tool": "prodigy", "split": "test",
     "meta": {"publication": "Harbour Street Monitor", "date": "2019-08-02", "title": "The INF Treaty expires"},
     "body": """The Intermediate-Range Nuclear Forces Treaty expired on Friday, six months after Washington announced its withdrawal.

Foreign Ministry spokeswoman Maria Zakharova said the United States had destroyed the treaty "with its own hands" and would bear full responsibility for the consequences.

NATO Secretary General Jens Stoltenberg said the alliance would respond in a measured way and did not want a new arms race. He added that allies remained committed to effective arms control.

Zakharova said that Moscow would present its proposals for a moratorium on deploying such missiles in Europe.""",
     "statements": [
         ("Maria Zakharova", "said", 'the United States had destroyed the treaty "with its own hands" and would bear full responsibility for the consequences', "maria-zakharova", M, H, []),
         ("Jens Stoltenberg", "said", "the alliance would respond in a measured way and did not want a new arms race", "jens-stoltenberg", I, C, ["negation"]),
         ("He", "added", "allies remained committed to effective arms control", "jens-stoltenberg", I, N, ["pronoun-speaker"]),
         ("Zakharova", "said", "Moscow would present its proposals for a moratorium on deploying such missiles in Europe", "maria-zakharova", I, C, []),
     ]},
    # ---------------- doccano ----------------
    {"id": "dc-01", "tool": "doccano", "split": "train",
     "meta": {"publication": "Continental Affairs Digest", "date": "1997-05-28", "title": "Founding Act signed in Paris"},
     "body": """Russia and NATO signed a Founding Act on mutual relations in Paris on Tuesday, ending months of negotiation.

Foreign Minister Yevgeny Primakov said the document gave Moscow "a voice, though not a veto" in European security. He insisted that Russia still opposed the admission of former Warsaw Pact states to the alliance.

Secretary General Javier Solana said the act opened "a new chapter" in relations with Russia. Secretary of State Madeleine Albright said Washington saw the agreement as the start of a lasting partnership.""",
     "statements": [
         ("Yevgeny Primakov", "said", 'the document gave Moscow "a voice, though not a veto" in European security', "yevgeny-primakov", M, N, []),
         ("He", "insisted", "Russia still opposed the admission of former Warsaw Pact states to the alliance", "yevgeny-primakov", I, H, ["pronoun-speaker"]),
         ("Javier Solana", "said", 'the act opened "a new chapter" in relations with Russia', "javier-solana", M, C, []),
         ("Madeleine Albright", "said", "Washington saw the agreement as the start of a lasting partnership", "madeleine-albright", I, C, []),
     ]},
    {"id": "dc-02", "tool": "doccano", "split": "train",
     "meta": {"publication": "Northern Desk", "date": "2008-08-26", "title": "Moscow recognises Abkhazia and South Ossetia"},
     "body": """Russia recognised the independence of Abkhazia and South Ossetia on Tuesday, two weeks after the end of its war with Georgia.

Foreign Minister Sergei Lavrov said Moscow was not afraid of a new Cold War and would not be swayed by threats from Western capitals. Russia's envoy to NATO, Dmitry Rogozin, told reporters that the alliance had "chosen to side with the aggressor."

Secretary of State Condoleezza Rice said the decision was "regrettable." She said the United States would veto any Security Council resolution endorsing it.

A Georgian government spokesman said Tbilisi would never accept the loss of its territory.""",
     "statements": [
         ("Sergei Lavrov", "said", "Moscow was not afraid of a new Cold War and would not be swayed by threats from Western capitals", "sergei-lavrov", I, H, ["negation"]),
         ("Dmitry Rogozin", "told", 'the alliance had "chosen to side with the aggressor."', "dmitry-rogozin", M, H, []),
         ("Condoleezza Rice", "said", 'the decision was "regrettable."', "condoleezza-rice", M, H, ["hedged-criticism"]),
         ("She", "said", "the United States would veto any Security Council resolution endorsing it", "condoleezza-rice", I, H, ["pronoun-speaker"]),
         ("A Georgian government spokesman", "said", "Tbilisi would never accept the loss of its territory", None, I, N, ["third-party", "negation"]),
     ]},
    {"id": "dc-03", "tool": "doccano", "split": "train",
     "meta": {"publication": "Eastern Flank Weekly", "date": "2016-07-08", "title": "Warsaw summit sends battalions east"},
     "body": """Allied leaders agreed at their summit in Warsaw on Friday to station four multinational battalions in Poland and the Baltic states.

Secretary General Jens Stoltenberg said the deployment was "a measured response." He said NATO did not seek confrontation with Russia and wanted a meaningful dialogue with Moscow.

Kremlin spokesman Dmitry Peskov said Russia would take "all necessary measures" to ensure its security. NATO spokeswoman Oana Lungescu said the NATO-Russia Council would meet in Brussels the following week.""",
     "statements": [
         ("Jens Stoltenberg", "said", 'the deployment was "a measured response."', "jens-stoltenberg", M, N, ["charged-neutral"]),
         ("He", "said", "NATO did not seek confrontation with Russia and wanted a meaningful dialogue with Moscow", "jens-stoltenberg", I, C, ["negation", "pronoun-speaker"]),
         ("Dmitry Peskov", "said", 'Russia would take "all necessary measures" to ensure its security', "dmitry-peskov", M, H, []),
         ("Oana Lungescu", "said", "the NATO-Russia Council would meet in Brussels the following week", "oana-lungescu", I, N, []),
     ]},
    {"id": "dc-04", "tool": "doccano", "split": "train",
     "meta": {"publication": "Arms Control Bulletin", "date": "2020-11-13", "title": "Moscow weighs its place in Open Skies"},
     "body": """Russia will decide on its future in the Open Skies Treaty after consultations with the remaining members, Deputy Foreign Minister Sergei Ryabkov said on Friday.

Ryabkov said Moscow wanted firm guarantees that allies would not pass the data from observation flights over Russia to the United States. "If such guarantees are given, we are prepared to keep the treaty alive," he told the RIA news agency.

High Representative Josep Borrell said the European Union hoped Russia would remain in the treaty.""",
     "statements": [
         ("Sergei Ryabkov", "said", "Russia will decide on its future in the Open Skies Treaty after consultations with the remaining members", "sergei-ryabkov", I, N, []),
         ("Ryabkov", "said", "Moscow wanted firm guarantees that allies would not pass the data from observation flights over Russia to the United States", "sergei-ryabkov", I, H, []),
         ("he", "told", "If such guarantees are given, we are prepared to keep the treaty alive,", "sergei-ryabkov", D, C, ["condition", "pronoun-speaker"]),
         ("Josep Borrell", "said", "the European Union hoped Russia would remain in the treaty", "josep-borrell", I, C, []),
     ]},
    {"id": "dc-05", "tool": "doccano", "split": "dev",
     "meta": {"publication": "Continental Affairs Digest", "date": "2014-03-18", "title": "NATO halts cooperation planning after Crimea"},
     "body": """NATO suspended practical cooperation planning with Russia on Tuesday after Moscow's annexation of Crimea.

Secretary General Anders Fogh Rasmussen said the annexation was "a blatant breach of international law." He said the alliance still wanted a cooperative relationship with Russia once it returned to respecting its commitments.

Foreign Ministry spokesman Alexander Lukashevich said that NATO's decision showed its "Cold War reflexes." Foreign Minister Sergei Lavrov said Russia remained open to a dialogue with the alliance on European security.

An alliance official said the NATO-Russia Council would still be able to meet at the level of ambassadors.""",
     "statements": [
         ("Anders Fogh Rasmussen", "said", 'the annexation was "a blatant breach of international law."', "anders-fogh-rasmussen", M, H, []),
         ("He", "said", "the alliance still wanted a cooperative relationship with Russia once it returned to respecting its commitments", "anders-fogh-rasmussen", I, C, ["condition", "pronoun-speaker"]),
         ("Alexander Lukashevich", "said", 'NATO\'s decision showed its "Cold War reflexes."', "alexander-lukashevich", M, H, []),
         ("Sergei Lavrov", "said", "Russia remained open to a dialogue with the alliance on European security", "sergei-lavrov", I, C, []),
         ("An alliance official", "said", "the NATO-Russia Council would still be able to meet at the level of ambassadors", None, I, N, []),
     ]},
    {"id": "dc-06", "tool": "doccano", "split": "test",
     "meta": {"publication": "Northern Desk", "date": "2001-11-14", "title": "Summit ends without a missile defence deal"},
     "body": """Presidents George W. Bush and Vladimir Putin ended three days of talks in Washington and Texas on Wednesday without an agreement on missile defence.

Defence Minister Sergei Ivanov said the two leaders had moved closer on cutting strategic arsenals. He told reporters that Russia still regarded the Anti-Ballistic Missile Treaty as "the cornerstone of strategic stability."

National security adviser Condoleezza Rice said the United States would continue to consult Moscow "closely and in good faith." A White House spokesman said the next round of talks would be held in Moscow.""",
     "statements": [
         ("Sergei Ivanov", "said", "the two leaders had moved closer on cutting strategic arsenals", "sergei-ivanov", I, C, []),
         ("He", "told", 'Russia still regarded the Anti-Ballistic Missile Treaty as "the cornerstone of strategic stability."', "sergei-ivanov", M, H, ["implicit-hawkish", "pronoun-speaker"]),
         ("Condoleezza Rice", "said", 'the United States would continue to consult Moscow "closely and in good faith."', "condoleezza-rice", M, C, []),
         ("A White House spokesman", "said", "the next round of talks would be held in Moscow", None, I, N, []),
     ]},
]
