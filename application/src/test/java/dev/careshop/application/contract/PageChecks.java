package dev.careshop.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.domain.shared.paging.Page;

/** What every list of a repository answers for a page that starts after its last match. */
final class PageChecks {

    private PageChecks() {
    }

    /** The page has no content, yet its total still counts every match, as a client paging back needs it. */
    static void emptyBeyondTheEndCountingEveryMatch(Page<?> beyond, long matches) {
        assertThat(beyond.content()).isEmpty();
        assertThat(beyond.totalElements()).isEqualTo(matches);
    }
}
