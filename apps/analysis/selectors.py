"""Reads of derived analysis data: the actor links and their agreement with the rows."""

from django.db import connection

from .links import COLUMNS, EXPECTED

DRIFT = f"""
(SELECT {COLUMNS}, 'expected' AS side FROM ({EXPECTED}) e
 EXCEPT SELECT {COLUMNS}, 'expected' FROM analysis_actorlink)
UNION ALL
(SELECT {COLUMNS}, 'stored' FROM analysis_actorlink
 EXCEPT SELECT {COLUMNS}, 'stored' FROM ({EXPECTED}) e)
"""


def actor_link_drift() -> list[tuple]:
    """Return the links the table holds but should not ('stored') and the reverse ('expected').

    Empty when the triggers kept every link exact.
    """
    with connection.cursor() as cursor:
        cursor.execute(DRIFT)
        return cursor.fetchall()
