"""Detection counts shared by the labelled-set scorers (statements_eval, quantities_eval)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class DetectionCounts:
    """Gold, predicted and matched mentions, and per field how many matched ones were right."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    correct: dict[str, int] = field(default_factory=dict)

    def add(self, other: DetectionCounts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        for name, n in other.correct.items():
            self.correct[name] = self.correct.get(name, 0) + n

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float:
        return self.correct.get(name, 0) / self.matched if self.matched else 1.0
