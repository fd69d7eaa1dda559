package org.twir.archive.parse;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * flexmark's fenced code block start, asked only when the line can open a fence. flexmark tries every line
 * against {@code ^`{3,}(?!.*`)|^~{3,}(?!.*~)} with {@code find()}, which attempts the anchored pattern at each
 * position of the line: a tenth of the whole parse's CPU went there, for the archive's few dozen fences. A fence
 * starts with a backtick or a tilde at the first non-space character, so any other line gets flexmark's own
 * answer ({@link BlockStart#none()}) without the regular expression, and a fence line gets flexmark's parser.
 *
 * <p>Registered in place of the core factory ({@code Parser.FENCED_CODE_BLOCK_PARSER} off) and declared at the
 * same place among the core block starts: after block quotes and headings, before HTML blocks, thematic breaks,
 * lists and indented code, which is the order flexmark resolves for its own factory.
 */
final class FenceFirst implements CustomBlockParserFactory {

    private final FencedCodeBlockParser.Factory core = new FencedCodeBlockParser.Factory();

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory fence = core.apply(options);
        return (state, matched) -> {
            int at = state.getNextNonSpaceIndex();
            BasedSequence line = state.getLine();
            if (at < line.length()) {
                char c = line.charAt(at);
                if (c == '`' || c == '~') {
                    return fence.tryStart(state, matched);
                }
            }
            return BlockStart.none();
        };
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return Set.of(BlockQuoteParser.Factory.class, HeadingParser.Factory.class);
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return Set.of(
                HtmlBlockParser.Factory.class,
                ThematicBreakParser.Factory.class,
                ListBlockParser.Factory.class,
                IndentedCodeBlockParser.Factory.class);
    }

    @Override
    public boolean affectsGlobalScope() {
        return core.affectsGlobalScope();
    }

    @Override
    public @Nullable SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return core.getLeadInHandler(options);
    }
}
