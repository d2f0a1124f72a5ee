package org.newsgraph.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Operator settings of ingestion; each has an environment variable (NEWSGRAPH_SEEDS_DIR, ...). */
@ConfigMapping(prefix = "newsgraph")
public interface IngestConfig {
    /** Folder whose {@code *.txt} files (and {@code NAME.json} sidecars) are ingested at start-up. */
    @WithDefault("seeds")
    String seedsDir();
}
