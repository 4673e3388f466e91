using System.Text;
using BenchmarkDotNet.Attributes;
using Lanyard.Core.Checking;
using Lanyard.Core.Checking.Language;

namespace Lanyard.Benchmarks;

/// <summary>
/// Throughput of the offensive-language detector over tweet-length school posts (issue 3 target:
/// lexical detectors at least 100 MB/s on one core). Each operation is one post, so "Mean" is the
/// time per post and "Allocated" the allocation per post; MB/s = <see cref="AverageUtf8BytesPerPost"/>
/// / Mean. Run with <c>dotnet run -c Release --project bench/Lanyard.Benchmarks -- --filter *Language*</c>.
/// </summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private const int PostCount = 2_000;

    private static readonly string[] Openings =
    [
        "Huge congratulations to our Year 6 netball team",
        "Reminder: parents' evening is on Thursday from 4pm",
        "What a fantastic Black History Month assembly this morning",
        "Our gay and lesbian staff network meets on Tuesday",
        "Muslim families welcome at Eid assembly",
        "Year 10 assessment week starts Monday, revise hard",
        "Cocktail-free mocktail stall at the summer fair",
        "Trip to Scunthorpe and Penistone for cross-country",
        "Kung-Fu club is back after half term",
        "Lovely to see the Polish and Romanian families' coffee morning",
        "this is absolute sh1t, f*ck this school",
        "Dick Turpin came to visit Year 5 today",
        "The weather was fickle but sports day went ahead",
    ];

    private static readonly string[] Closings =
    [
        "Well done everyone! #TeamSpirit",
        "Please bring a packed lunch and a water bottle.",
        "Photos on the website later this week.",
        "Thank you to the PTA for all their support.",
        "Any questions, contact the school office.",
        "you are a f u c k i n g idiot and I know where you live",
        "Grape juice and biscuits in the hall afterwards.",
        "Data analysis club has moved to room 12.",
    ];

    private readonly OffensiveLanguageDetector _detector = new();
    private readonly List<Detection> _detections = [];
    private readonly NormalisedText _normalised = new();
    private string[] _posts = [];

    /// <summary>Average size of a post in UTF-8, printed at setup for the MB/s figure.</summary>
    public double AverageUtf8BytesPerPost { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        // A fixed seed keeps the corpus identical between runs; about one post in eight is abusive.
        var random = new Random(20261121);
        _posts = new string[PostCount];
        for (var i = 0; i < PostCount; i++)
        {
            _posts[i] = $"{Openings[random.Next(Openings.Length)]}. {Closings[random.Next(Closings.Length)]}";
        }

        AverageUtf8BytesPerPost = _posts.Average(post => Encoding.UTF8.GetByteCount(post));
        Console.WriteLine($"// Language corpus: {PostCount} posts, {AverageUtf8BytesPerPost:F1} UTF-8 bytes per post on average");
    }

    /// <summary>The whole detector: normalise, look up words, phrases and spelt-out runs.</summary>
    [Benchmark(OperationsPerInvoke = PostCount)]
    public int Detect()
    {
        var found = 0;
        foreach (var post in _posts)
        {
            _detections.Clear();
            _detector.Detect(post, _detections);
            found += _detections.Count;
        }

        return found;
    }

    /// <summary>Normalisation alone (what the classifier will share).</summary>
    [Benchmark(OperationsPerInvoke = PostCount)]
    public int Normalise()
    {
        var tokens = 0;
        foreach (var post in _posts)
        {
            TextNormaliser.Normalise(post, _normalised);
            tokens += _normalised.TokenCount;
        }

        return tokens;
    }
}
