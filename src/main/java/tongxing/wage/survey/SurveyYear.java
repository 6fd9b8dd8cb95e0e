package tongxing.wage.survey;

import java.time.Instant;
import java.time.LocalDate;

/** 调查年度: a survey year opened by the provincial office, with its deadline. */
public record SurveyYear(int year, String status, LocalDate deadline, String openedBy, Instant openedAt, int version) {
}
