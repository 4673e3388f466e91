using System.Text;
using BenchmarkDotNet.Attributes;
using Lanyard.Core.Checking;
using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Benchmarks;

/// <summary>
/// The full post check (every detector, the classifier, pupil rules against a 2,000-pupil roster,
/// the Testbourne pack) over 1,000 tweet-length school posts. Throughput = UTF-8 bytes / mean time.
/// <c>dotnet run -c Release --project bench/Lanyard.Benchmarks -- --filter '*PostCheck*'</c>.
/// </summary>
[MemoryDiagnoser]
public class PostCheckBenchmarks
{
    private static readonly string[] Templates =
    [
        "Well done to Year {0} for a brilliant assembly this morning! #proud",
        "Reminder: school closes at 1.30pm on Friday for staff training. Clubs are cancelled.",
        "Congratulations {1} on your reading award, what a star!",
        "Fab trip to the coast with Year {0} today, thanks to all our parent helpers.",
        "Call the office on 01632 960123 if your child is unwell, or email office@example.sch.uk",
        "This is utter crap, the council should be ashamed of the state of the roads",
        "Lovely to see so many families at the summer fair. We raised £1,250 for the library!",
        "Tips and odds at bet365.com tonight, come on you reds",
        "Parents evening bookings open Monday via the usual link https://example.sch.uk/parents",
        "Our gay and lesbian staff network meets on Tuesday in the library",
    ];

    private readonly List<Draft> _drafts = [];
    private PostChecker _checker = null!;
    private CheckContext _context = null!;

    /// <summary>UTF-8 bytes in one pass over the corpus.</summary>
    public long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261121);
        string Name(int i) => "A" + (char)('a' + (i / 26 % 26)) + (char)('a' + (i % 26)) + (char)('a' + (i / 676));
        var roster = Enumerable.Range(0, 2000).Select(i => new Pupil($"M{i}", Name(i), null, Name(i) + "son")).ToList();
        var pack = BuiltInPacks.Get("testbourne");
        _context = new CheckContext { Pack = pack, Today = new DateOnly(2025, 11, 21), Roster = roster };
        _checker = StandardPostChecker.For(pack);
        for (var i = 0; i < 1000; i++)
        {
            var pupil = roster[random.Next(roster.Count)];
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Templates[i % Templates.Length], random.Next(1, 7), pupil.DisplayName);
            _drafts.Add(new Draft { Text = text });
            CorpusBytes += Encoding.UTF8.GetByteCount(text);
        }

        // Warm the lazily built parts (lexicon, category lists, model, roster index) outside the measurement.
        _checker.Check(_drafts[0], _context);
        Console.WriteLine($"// corpus: {_drafts.Count} posts, {CorpusBytes} UTF-8 bytes");
    }

    /// <summary>The whole check over the corpus.</summary>
    [Benchmark]
    public int CheckCorpus()
    {
        var findings = 0;
        foreach (var draft in _drafts)
        {
            findings += _checker.Check(draft, _context).Findings.Count;
        }

        return findings;
    }
}
