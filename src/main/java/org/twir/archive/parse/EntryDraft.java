package org.twir.archive.parse;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.CallForParticipation;
import org.twir.archive.model.Category;
import org.twir.archive.model.Entry;
import org.twir.archive.model.EntryKind;
import org.twir.archive.model.Event;
import org.twir.archive.model.IssueRef;

/** An entry before its position in the issue is known. */
record EntryDraft(
        int line,
        String title,
        String url,
        String categoryPath,
        Category category,
        EntryKind kind,
        List<String> tags,
        String description,
        List<String> links,
        @Nullable Event event,
        @Nullable CallForParticipation callForParticipation) {

    EntryDraft {
        tags = List.copyOf(tags);
        links = List.copyOf(links);
    }

    Entry toEntry(IssueRef issue, int position) {
        return new Entry(
                issue,
                position,
                line,
                title,
                url,
                categoryPath,
                category,
                kind,
                tags,
                description,
                links,
                event,
                callForParticipation);
    }
}
