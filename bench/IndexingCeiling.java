import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
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
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jsoup.Jsoup;

/**
 * The indexing ceiling of this machine: Lucene alone, one thread, the generated corpus's text held in memory, each
 * layer of Dateline's documents added in turn. Run by bench/indexing-ceiling.sh, which puts the jar's libraries and
 * classes on the class path (the "dateline" layers use the index's own analyzers, package-private, by reflection).
 *
 * <p>Layers: "standard" (title and text, StandardAnalyzer: the naive raw Lucene), "english" (English analysis),
 * "offsets" (and offsets in the postings), "stored" (and the text stored), "sorted" (and the index sorted by date),
 * "dateline" (the same with Dateline's analyzers and a field per language), "document" (and every other field of
 * Dateline's documents: id, cards, suggestions, the text's other values, dates, facets, empty fields of the other
 * languages). Each layer runs twice: 20,000 documents in a fresh JVM's first round, then all of them once compiled.
 */
public class IndexingCeiling {

    record Item(
            String title,
            String body,
            String language,
            long day,
            String type,
            String summary,
            String dateline,
            String place,
            String source,
            List<String> fieldsOfWork,
            List<String> countries) {}

    static final List<String> LAYERS = List.of("standard", "english", "offsets", "stored", "sorted", "dateline", "document");

    public static void main(String[] args) throws Exception {
        List<Item> items = read(Path.of(args[0]), Integer.parseInt(args[1]));
        long chars = items.stream().mapToLong(item -> item.body().length() + item.title().length()).sum();
        System.out.printf(
                "%,d items held in memory, %.1f KB of text each%n", items.size(), chars / 1024.0 / items.size());
        List<String> layers = args.length > 2 ? List.of(args[2].split(",")) : LAYERS;
        for (int round = 0; round < 2; round++) {
            System.out.println(round == 0 ? "first round (compiling)" : "second round (compiled)");
            for (String layer : layers) {
                index(layer, items.subList(0, round == 0 ? Math.min(items.size(), 20_000) : items.size()));
            }
        }
    }

    static List<Item> read(Path corpus, int count) throws Exception {
        List<Item> items = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(corpus)) {
            String line;
            while (items.size() < count && (line = in.readLine()) != null) {
                JsonNode node = json.readTree(line);
                items.add(new Item(
                        node.get("title").asText(),
                        Jsoup.parse(node.get("body").asText()).text(),
                        node.get("language").asText(),
                        LocalDate.parse(node.get("date").asText()).toEpochDay(),
                        node.get("type").asText(),
                        node.path("summary").asText(""),
                        node.path("dateline").asText(""),
                        node.path("place").asText(""),
                        node.path("source").path("slug").asText("none"),
                        slugs(node.get("fields_of_work")),
                        slugs(node.get("countries"))));
            }
        }
        return items;
    }

    static List<String> slugs(JsonNode references) {
        List<String> slugs = new ArrayList<>();
        if (references != null) {
            references.forEach(reference -> slugs.add(reference.path("slug").asText()));
        }
        return slugs;
    }

    static void index(String layer, List<Item> items) throws Exception {
        int depth = LAYERS.indexOf(layer);
        if (depth < 0) {
            throw new IllegalArgumentException("No such layer: " + layer + "; the layers are " + LAYERS);
        }
        boolean offsets = depth >= LAYERS.indexOf("offsets");
        boolean stored = depth >= LAYERS.indexOf("stored");
        boolean sorted = depth >= LAYERS.indexOf("sorted");
        boolean dateline = depth >= LAYERS.indexOf("dateline");
        boolean document = depth >= LAYERS.indexOf("document");
        Analyzer analyzer = depth == 0 ? new StandardAnalyzer() : new EnglishAnalyzer();
        if (dateline) {
            var perField = Class.forName("org.dateline.search.LanguageAnalyzers").getDeclaredMethod("perField");
            perField.setAccessible(true);
            analyzer = (Analyzer) perField.invoke(null);
        }
        FieldType text = new FieldType(TextField.TYPE_NOT_STORED);
        if (offsets) {
            text.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        }
        text.freeze();
        FacetsConfig facets = new FacetsConfig();
        facets.setHierarchical("source", true);
        facets.setHierarchical("country", true);
        facets.setMultiValued("field_of_work", true);
        facets.setMultiValued("country", true);
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64);
        if (sorted) {
            config.setIndexSort(new Sort(new SortField("date", SortField.Type.LONG, true)));
        }

        Path directory = Files.createTempDirectory("indexing-ceiling");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long processCpu = os.getProcessCpuTime();
        long threadCpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        try (FSDirectory files = FSDirectory.open(directory);
                IndexWriter writer = new IndexWriter(files, config)) {
            for (Item item : items) {
                String key = !dateline ? "" : "." + languageKey(item.language());
                Document doc = new Document();
                doc.add(new Field("title" + key, item.title(), text));
                doc.add(new Field("text" + key, item.body(), text));
                if (stored) {
                    doc.add(new StoredField("text" + key, new BytesRef(item.body())));
                }
                doc.add(new NumericDocValuesField("date", item.day()));
                if (document) {
                    addTheRestOfTheDocument(doc, item, key, text);
                    writer.addDocument(facets.build(doc));
                } else {
                    writer.addDocument(doc);
                }
            }
            writer.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double threadMs = (threads.getCurrentThreadCpuTime() - threadCpu) / 1e6 / items.size();
        double processMs = (os.getProcessCpuTime() - processCpu) / 1e6 / items.size();
        System.out.printf(
                "  %-9s %,7d items %6.1f s %,7.0f items/s   CPU per item: indexing thread %.3f ms, process %.3f ms%n",
                layer, items.size(), seconds, items.size() / seconds, threadMs, processMs);
        try (Stream<Path> written = Files.walk(directory)) {
            written.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    static String languageKey(String language) {
        return language.startsWith("en") ? "en" : language.startsWith("ru") ? "ru" : "other";
    }

    /** What ItemDocuments adds besides the text, with values of the same sizes. */
    static void addTheRestOfTheDocument(Document doc, Item item, String key, FieldType text) {
        doc.add(new StringField("id", UUID.randomUUID().toString(), Field.Store.YES));
        doc.add(new NumericDocValuesField("id_high", item.hashCode()));
        doc.add(new NumericDocValuesField("id_low", item.day() * 31 + item.title().length()));
        byte[] card = new byte[64 + 2 * (item.title().length() + item.summary().length())];
        doc.add(new BinaryDocValuesField("card", new BytesRef(card)));
        doc.add(new TextField("suggest", item.title(), Field.Store.NO));
        for (String value : new String[] {
            item.title(), item.summary(), item.place(), item.dateline(), item.source() + " \n " + item.source()
        }) {
            doc.add(new Field("text" + key, value, text));
        }
        doc.add(new LongPoint("date", item.day()));
        doc.add(new NumericDocValuesField("time", -1));
        doc.add(new NumericDocValuesField("published", item.day() * 86_400));
        doc.add(new SortedSetDocValuesFacetField("type", item.type()));
        doc.add(new SortedSetDocValuesFacetField("year", String.valueOf(LocalDate.ofEpochDay(item.day()).getYear())));
        doc.add(new SortedSetDocValuesFacetField("language", item.language()));
        doc.add(new SortedSetDocValuesFacetField("source", "structures", item.source()));
        item.fieldsOfWork().forEach(field -> doc.add(new SortedSetDocValuesFacetField("field_of_work", field)));
        item.countries()
                .forEach(country -> doc.add(new SortedSetDocValuesFacetField("country", "participating-states", country)));
        for (String other : new String[] {".en", ".ru", ".other"}) {
            if (!other.equals(key)) {
                doc.add(new Field("title" + other, "", text));
                doc.add(new Field("text" + other, "", text));
            }
        }
    }
}
