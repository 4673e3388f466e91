using BenchmarkDotNet.Attributes;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Benchmarks;

/// <summary>
/// What loading and comparing packs costs. The web app and CLI load packs at start-up and cache
/// them; a school validating its own pack waits for one load. Run with
/// <c>dotnet run -c Release --project bench/Lanyard.Benchmarks -- --filter *PackLoading*</c>.
/// </summary>
[MemoryDiagnoser]
public class PackLoadingBenchmarks
{
    private readonly Dictionary<string, string> _yaml = [];
    private List<PolicyPack> _packs = [];

    [Params("st-marys-sefton", "testbourne")]
    public string PackId { get; set; } = "testbourne";

    [GlobalSetup]
    public void Setup()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Lanyard.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run from inside the repository.");
        }

        foreach (var id in BuiltInPacks.Ids)
        {
            _yaml[id] = File.ReadAllText(Path.Combine(root, "policies", id + ".yaml"));
        }

        _packs = [.. BuiltInPacks.Ids.Select(BuiltInPacks.Get)];
    }

    /// <summary>Parse, bind and validate one pack, as <c>lanyard packs validate</c> does.</summary>
    [Benchmark]
    public PackLoadResult LoadAndValidate() => PolicyPackLoader.LoadText(_yaml[PackId], PackId);

    /// <summary>The 34-row disagreement table across all five packs.</summary>
    [Benchmark]
    public ComparePacks.Comparison CompareAllFive() => ComparePacks.Handle(_packs);
}
