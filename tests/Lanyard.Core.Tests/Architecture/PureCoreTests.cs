using System.Reflection;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Tests.Architecture;

/// <summary>The core holds policy, rules and workflows only: no web framework, no ORM, no database driver (STYLE.md).</summary>
public class PureCoreTests
{
    private static readonly string[] ForbiddenPrefixes =
    [
        "Microsoft.EntityFrameworkCore",
        "Microsoft.AspNetCore",
        "Microsoft.Data.Sqlite",
        "Microsoft.Data.SqlClient",
        "System.Data.SqlClient",
        "SQLitePCLRaw",
        "Npgsql",
        "Dapper",
        "System.Data.Common",
        "Microsoft.Extensions.Hosting",
    ];

    [Fact]
    public void Core_ReferencesNoWebOrDatabaseAssembly()
    {
        var references = typeof(PolicyPack).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Where(name => ForbiddenPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))).ShouldBeEmpty();
        references.ShouldContain("YamlDotNet");
    }

    [Fact]
    public void Core_PublicTypesLiveInLanyardCoreNamespaces()
    {
        var strays = typeof(PolicyPack).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is null || !t.Namespace.StartsWith("Lanyard.Core", StringComparison.Ordinal))
            .Select(t => t.FullName);

        strays.ShouldBeEmpty();
    }

    [Fact]
    public void Core_ReadsNoClockDirectly()
    {
        // Time must be injected (TimeProvider); a pack loaded today and in a test must behave alike.
        var offenders = typeof(PolicyPack).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static))
            .Where(m => m.GetMethodBody() is not null && CallsClock(m))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}");

        offenders.ShouldBeEmpty();
    }

    private static bool CallsClock(MethodInfo method)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray() ?? [];
        var module = method.Module;
        for (var i = 0; i + 4 < il.Length; i++)
        {
            // call / callvirt opcodes followed by a method token
            if (il[i] is not (0x28 or 0x6F))
            {
                continue;
            }

            try
            {
                var called = module.ResolveMethod(BitConverter.ToInt32(il, i + 1));
                if (called is { DeclaringType: { } type } && (type == typeof(DateTime) || type == typeof(DateTimeOffset))
                    && called.Name is "get_Now" or "get_UtcNow" or "get_Today")
                {
                    return true;
                }
            }
            catch (ArgumentException)
            {
                // Not a method token at this offset: IL bytes are not aligned to instructions here.
            }
        }

        return false;
    }
}
