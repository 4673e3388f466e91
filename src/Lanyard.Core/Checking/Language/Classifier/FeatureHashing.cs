namespace Lanyard.Core.Checking.Language.Classifier;

/// <summary>
/// The hashing trick: every word unigram, word bigram and padded character n-gram of a normalised
/// text becomes a bucket index, in one pass over the text. Written here because
/// <see cref="string.GetHashCode()"/> is randomised per process and a trained model must mean the
/// same thing in every process, on every machine, for ever.
/// </summary>
/// <remarks>
/// Character n-grams are rolled, not rehashed: each character shifts its 12-bit code into a
/// 64-bit window, so the n-gram ending at a character is the window's low 12n bits, and its bucket
/// costs one mix whatever n is. Code units above U+0FFF are folded into 12 bits (a rare collision
/// between characters of other scripts; the model is trained on English), which is also why
/// n-grams are at most 5 long. Words are hashed with 64-bit FNV-1a as they go by, a bigram combines
/// the hashes of its two words, and every key is mixed to a bucket with a multiply and shifts.
/// </remarks>
internal static class FeatureHashing
{
    /// <summary>The longest character n-gram the rolling window holds.</summary>
    public const int LongestCharNgram = 5;

    private const int CodeBits = 12;
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;
    private const ulong WordSalt = 0x243F6A8885A308D3;
    private const ulong BigramSalt = 0x13198A2E03707344;
    private const ulong BigramMultiplier = 0xA4093822299F31D1;
    private const ulong CharSalt = 0x082EFA98EC4E6C89;
    private const ulong GoldenRatio = 0x9E3779B97F4A7C15;

    // By n-gram length: the window bits an n-gram occupies, and a salt that keeps n-grams of
    // different lengths (and words) apart.
    private static readonly ulong[] Masks = [.. Enumerable.Range(0, LongestCharNgram + 1).Select(n => (1ul << (CodeBits * n)) - 1)];
    private static readonly ulong[] Salts = [.. Enumerable.Range(0, LongestCharNgram + 1).Select(n => CharSalt * (ulong)n)];

    /// <summary>An upper bound on the buckets <see cref="WriteBuckets"/> writes for a normalised text of this length.</summary>
    public static int MaxFeatures(int normalisedLength, ClassifierFeatureSettings settings) =>
        ((settings.CharNgramMax - settings.CharNgramMin + 1) * normalisedLength) + (2 * normalisedLength) + 8;

    /// <summary>Writes one bucket per feature occurrence (repeats included) and returns how many.</summary>
    /// <param name="normalised">Output of <see cref="ClassifierText.Normalise"/>: words between single spaces.</param>
    /// <param name="settings">Which n-grams, and how many buckets.</param>
    /// <param name="buckets">At least <see cref="MaxFeatures"/> long.</param>
    public static int WriteBuckets(ReadOnlySpan<char> normalised, ClassifierFeatureSettings settings, Span<int> buckets)
    {
        var sink = new SpanSink(buckets);
        Hash(normalised, settings, ref sink);
        return sink.Count;
    }

    /// <summary>
    /// Hands every feature occurrence of <paramref name="normalised"/> to <paramref name="sink"/>, in
    /// text order: a word's character n-grams as each character arrives, then the word, then its
    /// bigram with the word before.
    /// </summary>
    public static void Hash<TSink>(ReadOnlySpan<char> normalised, ClassifierFeatureSettings settings, ref TSink sink)
        where TSink : IBucketSink, allows ref struct
    {
        var shift = 64 - settings.BucketBits;
        var shortest = settings.CharNgramMin;
        var longest = settings.CharNgramMax;
        var bigrams = settings.WordNgramMax >= 2;
        ReadOnlySpan<ulong> masks = Masks;
        ReadOnlySpan<ulong> salts = Salts;
        var previousWord = 0ul;
        var hasPrevious = false;
        var wordHash = FnvOffset;
        var window = Code(' ');

        // Characters of the current padded word seen so far, its opening space included.
        var length = 1;
        foreach (var c in normalised[1..])
        {
            window = (window << CodeBits) | Code(c);
            length++;
            var widest = Math.Min(length, longest);
            for (var n = shortest; n <= widest; n++)
            {
                sink.Add(Bucket((window & masks[n]) ^ salts[n], shift));
            }

            if (c != ' ')
            {
                wordHash = (wordHash ^ c) * FnvPrime;
                continue;
            }

            // The space closes this word and opens the next padded word.
            sink.Add(Bucket(wordHash ^ WordSalt, shift));
            if (bigrams && hasPrevious)
            {
                sink.Add(Bucket((previousWord * BigramMultiplier) ^ wordHash ^ BigramSalt, shift));
            }

            previousWord = wordHash;
            hasPrevious = true;
            wordHash = FnvOffset;
            length = 1;
        }
    }

    private static ulong Code(char c) => c < 1 << CodeBits ? c : (ulong)(c % ((1 << CodeBits) - 1));

    /// <summary>Fibonacci hashing after folding the high bits down, so every bit of the key reaches the bucket.</summary>
    private static int Bucket(ulong key, int shift) => (int)(((key ^ (key >> 29)) * GoldenRatio) >> shift);

    /// <summary>Collects buckets into a span.</summary>
    private ref struct SpanSink(Span<int> buckets) : IBucketSink
    {
        private readonly Span<int> _buckets = buckets;

        public int Count { get; private set; }

        public void Add(int bucket) => _buckets[Count++] = bucket;
    }
}
