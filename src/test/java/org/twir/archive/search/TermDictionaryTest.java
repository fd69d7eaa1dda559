package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TermDictionaryTest {

    private IndexReader reader;
    private TermStates states;

    @BeforeEach
    void emptyReader() throws IOException {
        reader = new MultiReader();
        states = new TermStates(reader.getContext());
    }

    @Test
    void keepsTheStatesOfATermFromTheirSecondOffer() {
        TermDictionary dictionary = new TermDictionary(reader, 1);
        dictionary.offer(term(1), states);
        assertThat(dictionary.get(term(1))).isNull();
        dictionary.offer(term(1), states);
        assertThat(dictionary.get(term(1))).isSameAs(states);
        assertThat(dictionary.get(term(2))).isNull();
    }

    @Test
    void belongsToOneReader() throws IOException {
        try (IndexReader other = new MultiReader()) {
            TermDictionary dictionary = new TermDictionary(reader, 1);
            assertThat(dictionary.isFor(reader)).isTrue();
            assertThat(dictionary.isFor(other)).isFalse();
        }
    }

    private static Term term(int i) {
        return new Term("title", "word" + i);
    }
}
