"""Status checking: status sources, the engine and its runs, the schedule, the webhook, the
activation-report import, a fake operator and demo data.  No Qt, no Bottle here: the GUI
subscribes to engine events through a plain callback and bridges them to Qt signals itself.
"""

from simdesk.checking.engine import CheckEngine
from simdesk.checking.runs import CardResult, EngineEvent, NewlySold, RunSummary
from simdesk.checking.sources import SourceAnswer

__all__ = ["CardResult", "CheckEngine", "EngineEvent", "NewlySold", "RunSummary",
           "SourceAnswer"]
