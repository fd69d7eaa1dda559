package org.twir.archive.parse;

import com.vladsch.flexmark.parser.Parser;
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
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One of flexmark's core block starts, asked only when the line's first non-space character can begin its block.
 * flexmark tests every line against each start's regular expression, anchored at that character but run with
 * {@code find()}, which attempts it again at every later position of the line: the fence, heading and thematic
 * break starts cost a tenth of the whole parse's CPU, for a few hundred lines of the archive that begin with
 * one of their characters. Each of those expressions begins with {@code ^} and a fixed set of characters, so any
 * other line gets flexmark's own answer ({@link BlockStart#none()}) without it, and every other line gets the
 * core start itself.
 *
 * <p>A gate replaces its core factory (whose option {@link #replaceCore} turns off) at the same place in the
 * block-start order: flexmark resolves the order from each factory's class, so each gate is a class of its own
 * and declares the neighbours its core factory declares, with the gates standing in for the core classes.
 */
abstract sealed class BlockStartGate implements CustomBlockParserFactory {

    private final CustomBlockParserFactory core;
    private final String firstCharacters;

    private BlockStartGate(CustomBlockParserFactory core, String firstCharacters) {
        this.core = core;
        this.firstCharacters = firstCharacters;
    }

    /** The gates, to register as custom block parser factories. */
    static List<CustomBlockParserFactory> all() {
        return List.of(new Heading(), new Fence(), new ThematicBreak());
    }

    /** Turns off the core factories the gates stand in for. */
    static void replaceCore(MutableDataSet options) {
        options.set(Parser.HEADING_PARSER, false);
        options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        options.set(Parser.THEMATIC_BREAK_PARSER, false);
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory start = core.apply(options);
        return (state, matched) -> {
            int at = state.getNextNonSpaceIndex();
            BasedSequence line = state.getLine();
            return at < line.length() && firstCharacters.indexOf(line.charAt(at)) >= 0
                    ? start.tryStart(state, matched)
                    : BlockStart.none();
        };
    }

    @Override
    public boolean affectsGlobalScope() {
        return core.affectsGlobalScope();
    }

    @Override
    public @Nullable SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return core.getLeadInHandler(options);
    }

    /** ATX headings ({@code ^#{1,6}...}) and setext underlines ({@code ^(?:=+|-+)[ \t]*$}). */
    static final class Heading extends BlockStartGate {

        Heading() {
            super(new HeadingParser.Factory(), "#=-");
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(BlockQuoteParser.Factory.class);
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(
                    Fence.class,
                    HtmlBlockParser.Factory.class,
                    ThematicBreak.class,
                    ListBlockParser.Factory.class,
                    IndentedCodeBlockParser.Factory.class);
        }
    }

    /** Fenced code ({@code ^`{3,}(?!.*`)|^~{3,}(?!.*~)}). */
    static final class Fence extends BlockStartGate {

        Fence() {
            super(new FencedCodeBlockParser.Factory(), "`~");
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(BlockQuoteParser.Factory.class, Heading.class);
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(
                    HtmlBlockParser.Factory.class,
                    ThematicBreak.class,
                    ListBlockParser.Factory.class,
                    IndentedCodeBlockParser.Factory.class);
        }
    }

    /** Thematic breaks ({@code ^(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*$}). */
    static final class ThematicBreak extends BlockStartGate {

        ThematicBreak() {
            super(new ThematicBreakParser.Factory(), "*_-");
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(BlockQuoteParser.Factory.class, Heading.class, Fence.class, HtmlBlockParser.Factory.class);
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(ListBlockParser.Factory.class, IndentedCodeBlockParser.Factory.class);
        }
    }
}
