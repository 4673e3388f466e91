using System.Text;
using BenchmarkDotNet.Attributes;
using Lanyard.Core.Checking;
using Lanyard.Core.Checking.PersonalData;

namespace Lanyard.Benchmarks;

/// <summary>
/// Throughput of the UK personal-data detectors over tweet-length school posts, most with no personal
/// data and about one in eight with a phone number, email, postcode, address, date of birth, NI or NHS
/// number. Each benchmark runs the whole corpus; BenchmarkDotNet reports time and allocation per post
/// (OperationsPerInvoke), and MB/s is <see cref="BytesPerPost"/> divided by the mean. Run with
/// <c>dotnet run -c Release --project bench/Lanyard.Benchmarks -- --filter *PersonalData*</c>.
/// </summary>
[MemoryDiagnoser]
public class PersonalDataBenchmarks
{
    private const int Posts = 2_000;

    private static readonly string[] Ordinary =
    [
        "Well done to Year 6 for a brilliant performance of Oliver! tonight. Thank you to all the families who came along to support.",
        "Reminder: school closes at 1:30pm on Friday 19th December for the Christmas holidays. Have a restful break everyone!",
        "Our Year 3 class visited the Science Museum today and learnt all about forces and magnets. 🧲 What a day!",
        "Congratulations to the under 11s football team who won 3-1 against St Mary's in the county cup semi-final ⚽",
        "Parents' evening bookings are now open on the app. Slots run from 3:45pm to 7pm on 12 and 13 March.",
        "Thank you to everyone who donated to our harvest festival collection: 214 items went to the local food bank.",
        "The library will be closed on Wednesday for stocktaking. Please return books by Tuesday. Happy reading! 📚",
        "Huge thanks to the PTA for organising the summer fair. We raised £2,340 for new playground equipment!",
        "Year 10 have started their Duke of Edinburgh expedition training. Fingers crossed for dry weather this weekend.",
        "Our choir sang beautifully at the care home this afternoon. The residents loved the carols and mince pies.",
        "Applications for Reception places close on 15 January. Visit the council website to apply online.",
        "Great work from Class 4 on their Viking longships made from recycled materials. Creative and colourful!",
    ];

    private static readonly string[] WithPersonalData =
    [
        "Lost property? Call the office on 01632 960123 or pop in after school. Named items are much easier to return!",
        "Questions about the trip? Email Mrs Jones at office@testbourne.sch.uk and she will get back to you.",
        "Happy 7th birthday to Sam, born 03/03/2019! Have a fantastic day from everyone in Robins class 🎂",
        "Drop-off for the sponsored walk is at 4 Mill Lane, Testbourne TB1 2AB from 9am on Saturday.",
        "Urgent: if found please ring +44 (0)7700 900123. Reward offered for the return of the class hamster!",
        "Please send your form with NHS number 943 476 5919 and NI number AB 12 34 56 C to the office.",
        "The new parking area is off Station Road, postcode LS6 3QH. Please do not park on the zig-zags.",
    ];

    private readonly PersonalDataDetector _family = new();
    private readonly List<Detection> _detections = [];
    private string[] _posts = [];

    /// <summary>Average UTF-8 size of a post in the corpus, for turning time per post into MB/s.</summary>
    public double BytesPerPost { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        // Fixed seed: the same corpus on every run and every machine.
        var random = new Random(20261121);
        _posts = new string[Posts];
        for (var i = 0; i < Posts; i++)
        {
            _posts[i] = random.Next(8) == 0
                ? WithPersonalData[random.Next(WithPersonalData.Length)]
                : Ordinary[random.Next(Ordinary.Length)] + " #" + random.Next(1000);
        }

        BytesPerPost = _posts.Average(p => (double)Encoding.UTF8.GetByteCount(p));
        Console.WriteLine($"// PersonalData corpus: {Posts} posts, {BytesPerPost:F1} UTF-8 bytes per post");
    }

    /// <summary>All seven detectors with overlap resolution, as the post check runs them.</summary>
    [Benchmark(OperationsPerInvoke = Posts)]
    public int WholeFamily()
    {
        var found = 0;
        foreach (var post in _posts)
        {
            _detections.Clear();
            _family.Detect(post, _detections);
            found += _detections.Count;
        }

        return found;
    }

    /// <summary>The phone detector alone: the most involved scanner.</summary>
    [Benchmark(OperationsPerInvoke = Posts)]
    public int PhoneOnly() => RunOne(new UkPhoneNumberDetector());

    /// <summary>The address detector alone: reads capitalised words after every number.</summary>
    [Benchmark(OperationsPerInvoke = Posts)]
    public int AddressOnly() => RunOne(new StreetAddressDetector());

    private int RunOne(ITextDetector detector)
    {
        var found = 0;
        foreach (var post in _posts)
        {
            _detections.Clear();
            detector.Detect(post, _detections);
            found += _detections.Count;
        }

        return found;
    }
}
