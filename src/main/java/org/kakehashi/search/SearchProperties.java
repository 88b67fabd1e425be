package org.kakehashi.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param indexDir where the Lucene index lives; rebuildable from the directory at any
 * time
 */
@ConfigurationProperties("kakehashi.search")
record SearchProperties(Path indexDir) {
}
