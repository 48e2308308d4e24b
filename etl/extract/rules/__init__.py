"""The rule table: every extraction rule by id, with its examples (see registry.py)."""

from .claim_rules import CLAIM_RULES
from .entity_rules import ENTITY_RULES
from .event_rules import EVENT_RULES
from .mention_rules import MENTION_RULES
from .registry import Example, Rule, rule_problems
from .relation_rules import RELATION_RULES

RULES: tuple[Rule, ...] = (
    *MENTION_RULES,
    *RELATION_RULES,
    *EVENT_RULES,
    *CLAIM_RULES,
    *ENTITY_RULES,
)
RULES_BY_ID = {rule.id: rule for rule in RULES}

__all__ = ["RULES", "RULES_BY_ID", "Example", "Rule", "rule_problems"]
