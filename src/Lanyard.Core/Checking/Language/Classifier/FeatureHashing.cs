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

    /// <summary>An upper bound on the buckets <see cref="WriteBuckets"/> writes for a normalised text of this length.</summary>
    public static int MaxFeatures(int normalisedLength, ClassifierFeatureSettings settings) =>
        ((settings.CharNgramMax - settings.CharNgramMin + 1) * normalisedLength) + (2 * normalisedLength) + 8;

    /// <summary>Writes one bucket per feature occurrence (repeats included) and returns how many.</summary>
    /// <param name="normalised">Output of <see cref="ClassifierText.Normalise(ReadOnlySpan{char}, Span{char})"/>: words between single spaces.</param>
    /// <param name="settings">Which n-grams, and how many buckets.</param>
    /// <param name="buckets">At least <see cref="MaxFeatures"/> long.</param>
    public static int WriteBuckets(ReadOnlySpan<char> normalised, ClassifierFeatureSettings settings, Span<int> buckets)
    {
        var hasher = new Hasher<SpanSink>(settings, new SpanSink(buckets));
        foreach (var c in normalised[1..])
        {
            if (c == ' ')
            {
                hasher.Space();
            }
            else
            {
                hasher.Letter(c);
            }
        }

        return hasher.Buckets.Count;
    }

    /// <summary>
    /// Hashes normalised text as <see cref="ClassifierText"/> produces it and hands every feature
    /// occurrence to a bucket sink, in text order: a word's character n-grams as each character
    /// arrives, then the word, then its bigram with the word before.
    /// </summary>
    internal ref struct Hasher<TSink> : INormalisedSink
        where TSink : IBucketSink, allows ref struct
    {
        /// <summary>The sink, with everything hashed so far (a field, so that adding to it changes this one).</summary>
        public TSink Buckets;

        private readonly int _shift;
        private readonly int _shortest;
        private readonly int _longest;
        private readonly bool _bigrams;
        private ulong _window;
        private ulong _wordHash;
        private ulong _previousWord;
        private bool _hasPrevious;

        // Characters of the current padded word seen so far, its opening space included.
        private int _length;

        public Hasher(ClassifierFeatureSettings settings, TSink buckets)
        {
            _shift = 64 - settings.BucketBits;
            _shortest = settings.CharNgramMin;
            _longest = settings.CharNgramMax;
            _bigrams = settings.WordNgramMax >= 2;
            _window = Code(' ');
            _wordHash = FnvOffset;
            _length = 1;
            Buckets = buckets;
        }

        public void Letter(char c)
        {
            Character(c);
            _wordHash = (_wordHash ^ c) * FnvPrime;
        }

        public void Space()
        {
            // The space closes this word and opens the next padded word.
            Character(' ');
            Buckets.Add(Bucket(_wordHash ^ WordSalt, _shift));
            if (_bigrams && _hasPrevious)
            {
                Buckets.Add(Bucket((_previousWord * BigramMultiplier) ^ _wordHash ^ BigramSalt, _shift));
            }

            _previousWord = _wordHash;
            _hasPrevious = true;
            _wordHash = FnvOffset;
            _length = 1;
        }

        private void Character(char c)
        {
            _window = (_window << CodeBits) | Code(c);
            _length++;
            var widest = Math.Min(_length, _longest);
            for (var n = _shortest; n <= widest; n++)
            {
                Buckets.Add(Bucket((_window & ((1ul << (CodeBits * n)) - 1)) ^ (CharSalt * (ulong)n), _shift));
            }
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
