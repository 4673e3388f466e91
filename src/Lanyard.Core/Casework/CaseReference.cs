using System.Globalization;

namespace Lanyard.Core.Casework;

/// <summary>How a case is named outside Lanyard (letters, evidence packs): stable, short, and free of anything personal.</summary>
public static class CaseReference
{
    /// <summary>The reference, e.g. <c>CASE-000123</c>.</summary>
    public static string Of(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return "CASE-" + record.Id.ToString("D6", CultureInfo.InvariantCulture);
    }
}
