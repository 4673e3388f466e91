using System.Text;
using BenchmarkDotNet.Attributes;
using Lanyard.Core.Checking;
using Lanyard.Core.Checking.Language.Classifier;

namespace Lanyard.Benchmarks;

/// <summary>
/// Throughput of the offensive-language classifier over tweet-length school posts (issue 3: the
/// full check, classifier included, must reach 20 MB/s on one core). Times are per post; MB/s is
/// the corpus's mean UTF-8 bytes per post divided by the mean time, printed at setup. Run with
/// <c>dotnet run -c Release --project bench/Lanyard.Benchmarks -- --filter *Classifier*</c>.
/// </summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private const int PostCount = 1_000;

    private static readonly string[] Openings =
    [
        "Well done to Year 6 on a brilliant residential trip to the Lake District!",
        "Reminder: school closes at 1pm on Friday for the Christmas holidays.",
        "Our gay and lesbian staff network meets on Tuesday after school in the library.",
        "Muslim families welcome at our Eid assembly next Thursday morning.",
        "Congratulations to the under-11s netball team, county champions again!",
        "Parents' evening bookings open tonight via the school app.",
        "Black History Month assembly: thank you to everyone who shared their family stories.",
        "Lost property is piling up. Please name your child's jumper!",
        "this teacher is a useless idiot and should be sacked",
        "Harvest festival donations go to the local food bank on Monday.",
    ];

    private static readonly string[] Endings =
    [
        " Thank you for your support.",
        " #proudtobe #teamwork",
        " More photos on the website https://example.sch.uk/news",
        " Please share with anyone who might be interested.",
        " Doors open at 8:40am.",
        string.Empty,
    ];

    private readonly OffensiveTextClassifier _classifier = new();
    private readonly List<Detection> _detections = [];
    private string[] _posts = [];

    [GlobalSetup]
    public void Setup()
    {
        _posts = new string[PostCount];
        for (var i = 0; i < PostCount; i++)
        {
            _posts[i] = Openings[i % Openings.Length] + Endings[(i / Openings.Length) % Endings.Length]
                + (i % 3 == 0 ? " " + Openings[(i * 7) % Openings.Length] : string.Empty);
        }

        var bytes = _posts.Sum(p => Encoding.UTF8.GetByteCount(p));
        Console.WriteLine($"// Corpus: {PostCount} posts, {bytes} UTF-8 bytes, {(double)bytes / PostCount:0.0} bytes per post on average.");
    }

    /// <summary>Score every post; times and allocations are per post.</summary>
    [Benchmark(OperationsPerInvoke = PostCount)]
    public double Score()
    {
        var sum = 0.0;
        foreach (var post in _posts)
        {
            sum += _classifier.Score(post);
        }

        return sum;
    }

    /// <summary>As the post check calls it: detections added to a reused list.</summary>
    [Benchmark(OperationsPerInvoke = PostCount)]
    public int Detect()
    {
        var found = 0;
        foreach (var post in _posts)
        {
            _detections.Clear();
            _classifier.Detect(post, _detections);
            found += _detections.Count;
        }

        return found;
    }
}
