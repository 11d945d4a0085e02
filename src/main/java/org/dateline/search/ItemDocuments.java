package org.dateline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.DatedId;
import org.dateline.taxonomy.Term;

/**
 * The shape of the index: which fields an item becomes, how they are analyzed, stored and sorted, and the
 * facets. Text fields are per language ({@code text.en}); the index is sorted newest first, the order of
 * every listing, so that browsing stops early.
 */
final class ItemDocuments {

    static final String ID = "id";
    /** The title alone, so that a word in the title can count for more. */
    static final String TITLE = "title";
    /**
     * All of an item's text: the body (stored, the snippets' source), then its title, summary, place, dateline and
     * source (indexed only). A search reads one field per language for each word.
     */
    static final String TEXT = "text";

    static final String SUGGEST = "suggest";
    static final String DATE = "date";
    static final String TIME = "time";
    static final String PUBLISHED = "published";
    // The id as two numbers, for the last tie-break of every order: the index is sorted by it, and numbers compare
    // without looking terms up (sorting by the id as a string cost an item page an eighth of its time at 100,000).
    static final String ID_HIGH = "id_high";
    static final String ID_LOW = "id_low";
    // What a result list shows of an item, in doc values and nowhere else: reading it does not decompress the stored
    // body, which reading stored fields did (a fifth of a listing page's time at 100,000 items).
    static final String CARD = "card";
    /**
     * What documents hold and how they are ordered; an index written with another layout is rebuilt from the
     * database. Raise it with every change to the fields above or to the order.
     */
    static final String LAYOUT = "4";

    /** The text a search scores, each field analyzed in the item's language. */
    static final List<String> LANGUAGE_FIELDS = List.of(TITLE, TEXT);

    /**
     * Newest first: date, time (items without one last), publication, then id, as the database lists them (UUIDs
     * compare as unsigned numbers there, high half first).
     */
    static final Sort NEWEST_FIRST = new Sort(
            new SortField(DATE, SortField.Type.LONG, true),
            new SortField(TIME, SortField.Type.LONG, true),
            new SortField(PUBLISHED, SortField.Type.LONG, true),
            new SortField(ID_HIGH, SortField.Type.LONG),
            new SortField(ID_LOW, SortField.Type.LONG));

    /**
     * {@link #NEWEST_FIRST} for items not yet in the index, on the values their documents will hold (a publication
     * to the second, so two items published within one second are ordered by id, as in the index).
     */
    static final Comparator<DatedId> NEWEST_FIRST_ORDER = (a, b) -> {
        int order = Long.compare(b.date().toEpochDay(), a.date().toEpochDay());
        if (order == 0) {
            order = Long.compare(timeValue(b.time()), timeValue(a.time()));
        }
        if (order == 0) {
            order = Long.compare(publishedValue(b.publishedAt()), publishedValue(a.publishedAt()));
        }
        if (order == 0) {
            order = Long.compareUnsigned(a.id().getMostSignificantBits(), b.id().getMostSignificantBits());
        }
        if (order == 0) {
            order = Long.compareUnsigned(a.id().getLeastSignificantBits(), b.id().getLeastSignificantBits());
        }
        return order;
    };

    static final Sort BEST_FIRST = new Sort(
            SortField.FIELD_SCORE,
            new SortField(DATE, SortField.Type.LONG, true),
            new SortField(TIME, SortField.Type.LONG, true),
            new SortField(PUBLISHED, SortField.Type.LONG, true),
            new SortField(ID_HIGH, SortField.Type.LONG),
            new SortField(ID_LOW, SortField.Type.LONG));

    /**
     * The text fields, with offsets so that the highlighter need not analyze the text again. Lucene requires every
     * value of a field to be indexed the same way; the highlighter ignores offsets beyond the stored body, so snippets
     * come from the body.
     */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final TermLookup terms;

    ItemDocuments(TermLookup terms) {
        this.terms = terms;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            config.setHierarchical(facet.param(), facet.isHierarchical());
            config.setMultiValued(facet.param(), facet == Facet.FIELD_OF_WORK || facet == Facet.COUNTRY);
        }
        return config;
    }

    static String field(String name, String languageKey) {
        return name + "." + languageKey;
    }

    /** The fields a text is indexed in, one per language: {@code title.en, title.ru, title.other}. */
    static List<String> indexedFields(String name) {
        return Arrays.stream(LanguageAnalyzers.KEYS)
                .map(key -> field(name, key))
                .toList();
    }

    /** The document of a published item, before the facets config builds it. */
    Document document(ContentItem item) {
        Document doc = new Document();
        String id = item.id().toString();
        String lang = LanguageAnalyzers.keyOf(item.language());
        doc.add(new StringField(ID, id, Field.Store.YES));
        // Flipping the sign bit makes signed order the unsigned order of the halves.
        doc.add(new NumericDocValuesField(ID_HIGH, item.id().getMostSignificantBits() ^ Long.MIN_VALUE));
        doc.add(new NumericDocValuesField(ID_LOW, item.id().getLeastSignificantBits() ^ Long.MIN_VALUE));
        doc.add(new BinaryDocValuesField(CARD, card(item)));
        doc.add(new TextField(field(TITLE, lang), item.title(), Field.Store.NO));
        doc.add(new TextField(SUGGEST, item.title(), Field.Store.NO));
        String text = field(TEXT, lang);
        String body = BodyText.of(item.body());
        doc.add(new Field(text, body, TEXT_WITH_OFFSETS));
        // Stored as the UTF-8 bytes Lucene would write for the string: with the index sorted, Lucene writes a
        // segment's stored fields twice (once as added, once in the index's order) and a string is decoded and
        // encoded again in between, as in every merge that does not copy whole blocks (docs/benchmarks.md).
        doc.add(new StoredField(text, new BytesRef(body)));
        doc.add(new Field(text, item.title(), TEXT_WITH_OFFSETS));
        for (String more : new String[] {item.summary(), item.place(), item.dateline()}) {
            if (more != null) {
                doc.add(new Field(text, more, TEXT_WITH_OFFSETS));
            }
        }
        long day = item.date().toEpochDay();
        doc.add(new LongPoint(DATE, day));
        doc.add(new NumericDocValuesField(DATE, day));
        doc.add(new NumericDocValuesField(TIME, timeValue(item.time())));
        doc.add(new NumericDocValuesField(PUBLISHED, publishedValue(item.publishedAt())));

        doc.add(new SortedSetDocValuesFacetField(Facet.TYPE.param(), item.type().code()));
        doc.add(new SortedSetDocValuesFacetField(
                Facet.YEAR.param(), String.valueOf(item.date().getYear())));
        doc.add(new SortedSetDocValuesFacetField(Facet.LANGUAGE.param(), item.language()));
        if (item.sourceId() != null) {
            terms.byId(item.sourceId()).ifPresent(source -> {
                doc.add(new Field(text, names(source), TEXT_WITH_OFFSETS));
                addFacet(doc, Facet.SOURCE, source);
            });
        }
        if (item.meetingTypeId() != null) {
            terms.byId(item.meetingTypeId()).ifPresent(term -> addFacet(doc, Facet.MEETING_TYPE, term));
        }
        item.fieldOfWorkIds()
                .forEach(termId -> terms.byId(termId).ifPresent(term -> addFacet(doc, Facet.FIELD_OF_WORK, term)));
        item.countryIds().forEach(termId -> terms.byId(termId).ifPresent(term -> addFacet(doc, Facet.COUNTRY, term)));
        addAbsentTextFields(doc);
        return doc;
    }

    // Items without a time come last among the day's, as in the database.
    private static long timeValue(LocalTime time) {
        return time == null ? -1 : time.toSecondOfDay();
    }

    private static long publishedValue(Instant publishedAt) {
        return publishedAt == null ? 0 : publishedAt.getEpochSecond();
    }

    /**
     * Every text field a search scores, empty where the item has no such text (another language's): an empty field
     * still has a length (zero), so each field's lengths are dense and scoring reads a match's length directly, where
     * sparse lengths cost a search in each field's list of documents. That look-up was 17% of text searches at
     * 1,000,000 items (docs/benchmarks.md). Scores are the same: an empty field matches no word and counts in no field
     * statistic.
     */
    private static void addAbsentTextFields(Document doc) {
        for (String key : LanguageAnalyzers.KEYS) {
            if (doc.getField(field(TITLE, key)) == null) {
                doc.add(new TextField(field(TITLE, key), "", Field.Store.NO));
            }
            if (doc.getField(field(TEXT, key)) == null) {
                doc.add(new Field(field(TEXT, key), "", TEXT_WITH_OFFSETS));
            }
        }
    }

    /** The facet path of a term: the slugs of its ancestors and its own, e.g. field-operations/mission-to-serbia. */
    String[] path(Term term) {
        List<String> path = new ArrayList<>();
        terms.ancestors(term).forEach(ancestor -> path.add(ancestor.slug().value()));
        path.add(term.slug().value());
        return path.toArray(String[]::new);
    }

    /** The facet path of a selected value; empty when no such value exists (an unknown slug, a year "abc"). */
    Optional<String[]> path(Facet facet, String value) {
        if (facet.isHierarchical()) {
            return org.dateline.shared.Slug.parse(value)
                    .flatMap(slug -> terms.find(facet.vocabulary(), slug))
                    .map(this::path);
        }
        boolean known = switch (facet) {
            case TYPE -> ContentType.fromCode(value).isPresent();
            case YEAR -> value.matches("\\d{1,4}");
            default -> value.matches("[A-Za-z0-9-]{1,35}");
        };
        return known ? Optional.of(new String[] {value}) : Optional.empty();
    }

    /** The card of the item: what a hit shows, written once when the item is indexed. */
    private static BytesRef card(ContentItem item) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeLong(item.id().getMostSignificantBits());
            out.writeLong(item.id().getLeastSignificantBits());
            out.writeString(item.path());
            out.writeString(item.type().code());
            out.writeString(item.language());
            out.writeString(item.title());
            writeOptional(out, item.summary());
            out.writeZLong(item.date().toEpochDay());
            writeOptional(out, item.place());
            out.writeZLong(item.sourceId() == null ? -1 : item.sourceId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    private static void writeOptional(DataOutput out, String value) throws IOException {
        out.writeByte((byte) (value == null ? 0 : 1));
        if (value != null) {
            out.writeString(value);
        }
    }

    private static String readOptional(DataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readString();
    }

    /** The hit of a document of the reader whose segments are {@code leaves}, from its card. */
    static SearchHit hit(List<LeafReaderContext> leaves, int doc, String snippet) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues cards = DocValues.getBinary(leaf.reader(), CARD);
        if (!cards.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("Document " + doc + " has no card");
        }
        BytesRef card = cards.binaryValue();
        ByteArrayDataInput in = new ByteArrayDataInput(card.bytes, card.offset, card.length);
        UUID id = new UUID(in.readLong(), in.readLong());
        String path = in.readString();
        ContentType type = ContentType.fromCode(in.readString()).orElseThrow();
        String language = in.readString();
        String title = in.readString();
        String summary = readOptional(in);
        LocalDate date = LocalDate.ofEpochDay(in.readZLong());
        String place = readOptional(in);
        long sourceId = in.readZLong();
        return new SearchHit(
                id, path, type, language, title, summary, date, place, sourceId < 0 ? null : sourceId, snippet);
    }

    private void addFacet(Document doc, Facet facet, Term term) {
        doc.add(new SortedSetDocValuesFacetField(facet.param(), path(term)));
    }

    private static String names(Term term) {
        Set<String> names = new LinkedHashSet<>();
        names.add(term.name());
        names.add(term.shortName());
        names.addAll(term.aliases());
        return String.join(" \n ", names);
    }

    /**
     * The highlighter of the stored body: stored as UTF-8 bytes (see {@link #document}), or as a string by indexes
     * written before, which the highlighter reads as it is.
     */
    static final class BodyHighlighter extends UnifiedHighlighter {

        BodyHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        @Override
        protected LimitedStoredFieldVisitor newLimitedStoredFieldsVisitor(String[] fields) {
            return new LimitedStoredFieldVisitor(fields, MULTIVAL_SEP_CHAR, getMaxLength()) {
                @Override
                public void binaryField(FieldInfo fieldInfo, byte[] value) throws IOException {
                    stringField(fieldInfo, new String(value, StandardCharsets.UTF_8));
                }
            };
        }
    }
}
