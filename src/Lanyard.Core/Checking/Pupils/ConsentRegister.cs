namespace Lanyard.Core.Checking.Pupils;

/// <summary>Consent records by pupil and school year. A record for last year says nothing about this year.</summary>
public sealed class ConsentRegister
{
    private readonly Dictionary<(string MisId, int Year), ConsentRecord> _records;

    /// <summary>A register of the given records; a later record for the same pupil and year replaces an earlier one.</summary>
    public ConsentRegister(IEnumerable<ConsentRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        _records = [];
        foreach (var record in records)
        {
            _records[(record.MisId, record.Year.StartYear)] = record;
        }
    }

    /// <summary>No records at all.</summary>
    public static ConsentRegister Empty { get; } = new([]);

    /// <summary>The record for a pupil in a school year, or null.</summary>
    public ConsentRecord? Find(string misId, SchoolYear year) => _records.GetValueOrDefault((misId, year.StartYear));
}
