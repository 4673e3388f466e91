using System.Text;
using BenchmarkDotNet.Attributes;
using Lanyard.Core.Checking;
using Lanyard.Core.Checking.Links;

namespace Lanyard.Benchmarks;

/// <summary>
/// Throughput of the link detector over tweet-length posts, about one in eight with a link (some
/// listed, most not). Issue 3's target for a lexical detector is 100 MB/s on one core: MB/s is
/// <see cref="CorpusBytes"/> (UTF-8) divided by the mean time of <see cref="DetectCorpus"/>. Run with
/// <c>dotnet run -c Release --project bench/Lanyard.Benchmarks -- --filter *Links*</c>.
/// </summary>
[MemoryDiagnoser]
public class LinksBenchmarks
{
    private const int PostCount = 2_000;

    private static readonly string[] Sentences =
    [
        "Well done to Year 6 for a brilliant sports day, what a team effort from everyone!",
        "Reminder: school closes at 1.30pm on Friday for the end of term. Have a lovely break.",
        "Our choir sang beautifully at the care home this afternoon. Thank you to all the families who came.",
        "Year 3 have been learning about the Romans and built an amazing model of Hadrian's Wall.",
        "Parents' evening bookings are now open, please contact the office if you need help.",
        "The PTA cake sale raised £412.50 for new playground equipment. Thank you!",
        "Great match today against St Peter's, final score 3-2. Congratulations to the whole squad.",
        "Please remember PE kits on Tuesdays and Thursdays, and label everything with your child's name.",
    ];

    private static readonly string[] Links =
    [
        "https://www.chapmanslade.wilts.sch.uk/news", "www.bbc.co.uk/newsround", "bit.ly/3xYzAbc",
        "https://www.gov.uk/school-term-holiday-dates", "bet365.com", "forms.office.com/r/AbCdEf",
        "https://youtu.be/dQw4w9WgXcQ", "example.co.uk/ptafair",
    ];

    private readonly LinkDetector _detector = new();
    private readonly List<Detection> _detections = [];
    private string[] _posts = [];

    /// <summary>UTF-8 size of the corpus, for MB/s.</summary>
    public long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _posts = new string[PostCount];
        for (var i = 0; i < PostCount; i++)
        {
            var post = Sentences[random.Next(Sentences.Length)] + " " + Sentences[random.Next(Sentences.Length)];
            if (random.Next(8) == 0)
            {
                post += " More at " + Links[random.Next(Links.Length)];
            }

            _posts[i] = post;
        }

        CorpusBytes = _posts.Sum(p => (long)Encoding.UTF8.GetByteCount(p));
        _ = WebCategoryDatabase.Default;
        Console.WriteLine($"// Links corpus: {PostCount} posts, {CorpusBytes} bytes (UTF-8)");
    }

    /// <summary>Every post in the corpus through <see cref="LinkDetector.Detect"/>.</summary>
    [Benchmark]
    public int DetectCorpus()
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
}
