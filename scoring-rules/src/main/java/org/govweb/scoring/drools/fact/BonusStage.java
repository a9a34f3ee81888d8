package org.govweb.scoring.drools.fact;

/** Marker inserted by the grading rules when Part 2 enters the bonus stage (加分指标评分环节). */
public record BonusStage() {
}
