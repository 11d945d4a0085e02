package org.dateline.ingest;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Tells PostgreSQL's planner how large an import has made the tables. PostgreSQL keeps the plan of a statement a
 * connection has run five times, and a look-up planned while the tables were nearly empty (by legacy URL, path or import
 * key) goes on reading the whole table when it holds thousands of rows, until statistics say otherwise. Autovacuum,
 * which would gather them, may be switched off or come late. So when the items this process's imports created reach
 * {@value #FIRST_ANALYSIS}, and then each time they have doubled, the database is analyzed, which also makes every
 * connection plan its statements again: ten analyses for a million items. On a fresh PostgreSQL database, 100,000 items
 * imported in 449 s before and 79 s after (docs/benchmarks.md). H2 plans each statement afresh and keeps its own
 * statistics.
 */
@Component
class PlannerStatistics {

    static final int FIRST_ANALYSIS = 1_000;

    private final JdbcClient db;
    private final DataSource dataSource;
    private final long firstAnalysis;
    private Boolean postgres;
    private long created;
    private long nextAnalysis;
    private int analyses;

    @Autowired
    PlannerStatistics(JdbcClient db, DataSource dataSource) {
        this(db, dataSource, FIRST_ANALYSIS);
    }

    PlannerStatistics(JdbcClient db, DataSource dataSource, long firstAnalysis) {
        this.db = db;
        this.dataSource = dataSource;
        this.firstAnalysis = firstAnalysis;
        this.nextAnalysis = firstAnalysis;
    }

    /** Notes items an import has created and committed, and analyzes the database when they have grown enough. */
    synchronized void created(int items) {
        if (items <= 0 || !isPostgres()) {
            return;
        }
        created += items;
        if (created >= nextAnalysis) {
            db.sql("ANALYZE").update();
            analyses++;
            nextAnalysis = Math.max(firstAnalysis, 2 * created);
        }
    }

    /** How often this process has analyzed the database. */
    synchronized int analyses() {
        return analyses;
    }

    private boolean isPostgres() {
        if (postgres == null) {
            try {
                postgres = "PostgreSQL"
                        .equals(JdbcUtils.extractDatabaseMetaData(
                                dataSource, DatabaseMetaData::getDatabaseProductName));
            } catch (MetaDataAccessException e) {
                postgres = false;
            }
        }
        return postgres;
    }
}
