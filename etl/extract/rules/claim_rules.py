"""Rules that find claims: subject, predicate, object, with claimant and stance."""

from .registry import Example, Rule

C = "etl.extract.claims.find_claims"
SUPPORTS = "Sylvania supports the Northern Front."


def _claim(rule_id: str, where: str, description: str, example, counter: str) -> Rule:
    return Rule(rule_id, "claim", "function", where, description, (Example(*example),), (counter,))


CLAIM_RULES = [
    _claim(
        "claim.predicate_verb",
        C,
        "A predicate verb (predicates.yaml) with its subject on the left, widened to a list, "
        "and its objects on the right ('X supports Y and Z').",
        (SUPPORTS, ("Sylvania supports Northern Front (asserts)",)),
        "Does Sylvania support the Northern Front?",
    ),
    _claim(
        "claim.predicate_noun",
        C,
        "A predicate noun ('links to', 'cooperation with') and its possessor or subject; not "
        "an onlooker's ('investigating links to X').",
        (
            "The Party of Unity had close links to Sylvania.",
            ("Party of Unity linked_to Sylvania (asserts)",),
        ),
        "Freedonia began investigating links to Sylvania.",
    ),
    _claim(
        "claim.predicate_participle",
        C,
        "A participle after a name ('X affiliated with Y'); not after a common noun.",
        (
            "Valley fighters associated with the Northern Front attacked.",
            ("Valley Militias linked_to Northern Front (asserts)",),
        ),
        "Individuals associated with the Northern Front attacked.",
    ),
    _claim(
        "claim.predicate_passive",
        C,
        "A passive predicate with its agent: 'Y is funded by X'.",
        (
            "The Northern Front is believed to be funded by Sylvania.",
            ("Sylvania funds Northern Front (uncertain)",),
        ),
        "The Northern Front is believed to be well funded.",
    ),
    _claim(
        "claim.compound_modifier",
        "etl.extract.claims.find_claims",
        "A compound modifier: 'Sylvanian-backed X' (the first name supports X).",
        (
            "Troops hit Sylvanian-backed Valley Militias.",
            ("Sylvania supports Valley Militias (asserts)",),
        ),
        "Troops hit Sylvanian and Valley Militias positions.",
    ),
    _claim(
        "claim.giving",
        "etl.extract.constructions.giving",
        "A giving construction: what is given names the predicate ('provides X with weapons' "
        "arms X, 'provided funding to X' funds X).",
        (
            "The Shadow Force provides the Northern Front with weapons.",
            ("Shadow Force arms Northern Front (asserts)",),
        ),
        "The Shadow Force provides security in Kessel.",
    ),
    _claim(
        "claim.moving_goods",
        "etl.extract.constructions.moving",
        "A state's weapons or money moved to X: the state arms (or funds) X.",
        (
            "Sylvanian money was quietly sent to the Northern Front.",
            ("Sylvania funds Northern Front (asserts)",),
        ),
        "Coalition money was quietly sent to the Northern Front.",
    ),
    _claim(
        "claim.staying",
        "etl.extract.constructions.staying",
        "A group reconstituted, based or hiding in a state: the state shelters it.",
        (
            "The Northern Front has been reconstituted in Sylvania.",
            ("Sylvania shelters Northern Front (asserts)",),
        ),
        "The Northern Front has been reconstituted.",
    ),
    _claim(
        "claim.pair",
        "etl.extract.pairs.pair_propositions",
        "A relationship between two parties ('links between X and Y'); its description sets "
        "the stance ('is a hostile one' denies cooperation).",
        (
            "Officials studied the links between Sylvania and the Northern Front.",
            ("Sylvania linked_to Northern Front (asserts)",),
        ),
        "Officials studied Sylvania and the Northern Front.",
    ),
    _claim(
        "claim.attributed_relation",
        C,
        "A membership or command relation someone states ('Ray stated that X is a Y agent').",
        (
            "October 2007: Colonel Sam Ray stated that Victor Ostrander is a Shadow Force agent.",
            ("Victor Ostrander member_of Shadow Force (asserts)",),
        ),
        "Victor Ostrander is a Shadow Force agent.",
    ),
    _claim(
        "claim.despite_denial",
        C,
        "'despite denials by X': X denies what the sentence asserts (a counter-claim).",
        (
            "Despite repeated Sylvanian denial, there is no doubt that the Shadow Force is "
            "training the Valley Militias.",
            ("Shadow Force trains Valley Militias (denies)",),
        ),
        "Sylvania denied that the Shadow Force is training the Valley Militias.",
    ),
]
