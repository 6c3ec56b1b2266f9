package org.plenary.interventions;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The days of a process on which interventions were recorded, in order: the day's digest (#8) steps from one day with
 * activity to the next. Every intervention counts: a Chatham House one is shown on the digest without its speaker.
 * One statement.
 */
@Service
@Transactional(readOnly = true)
public class InterventionDays {

    private final JdbcClient jdbc;

    InterventionDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LocalDate> of(Long processId) {
        return this.jdbc
                .sql("select distinct spoken_on from intervention where process_id = :process order by spoken_on")
                .param("process", processId)
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .list();
    }
}
