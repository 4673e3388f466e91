using Lanyard.Core.Casework;
using Lanyard.Core.People;
using Lanyard.Core.Workflows;

namespace Lanyard.Cli.Cases;

/// <summary><c>lanyard cases show</c> as text: at full access the whole record, with tasks and the steps allowed now; below it, only the view the level gives.</summary>
internal static class CaseShowText
{
    public static async Task WriteAsync(ViewCase.Result result, CaseSession session, TextWriter output)
    {
        if (result.Status is { } status)
        {
            output.WriteLine($"Case {CaseText.N(status.CaseId)}: {WorkflowText.Kebab(status.Type)}, reported {CaseText.At(status.ReportedAt)}");
            output.WriteLine($"Stage: {WorkflowText.Kebab(status.Stage)}");
            output.WriteLine("You reported this case: you see where it has got to, not what is recorded on it.");
            return;
        }

        if (result.Anonymised is { } anonymised)
        {
            output.WriteLine($"Case {CaseText.N(anonymised.CaseId)}: {WorkflowText.Kebab(anonymised.Type)}, reported {anonymised.ReportedMonth:MMM yyyy}");
            output.WriteLine($"Stage: {WorkflowText.Kebab(anonymised.Stage)}");
            output.WriteLine($"Outcome: {anonymised.Outcome ?? "none yet"}");
            output.WriteLine("Anonymised view (governors): no names, no text.");
            return;
        }

        var full = result.Full!;
        var file = full.File;
        var record = file.Case;
        var schools = await session.Organisations.ListAsync(CancellationToken.None).ConfigureAwait(false);
        var school = schools.FirstOrDefault(o => o.Id == record.OrganisationId)?.Name ?? $"organisation {CaseText.N(record.OrganisationId)}";
        output.WriteLine($"Case {CaseText.N(record.Id)} ({CaseReference.Of(record)}): {WorkflowText.Kebab(record.Type)} at {school}");
        output.WriteLine($"Policy: {record.PackId} version {record.PackVersion}{(full.Pack is null ? $" ({CasePacks.Unavailable(record)})" : " (judged under this version)")}");
        output.WriteLine($"Stage: {WorkflowText.Kebab(file.Stage)}{(record.Urgency is { } urgency ? $"; urgency {WorkflowText.Kebab(urgency)}" : string.Empty)}");
        output.WriteLine($"Reported: {CaseText.At(record.ReportedAt)}");
        if (record.HappenedAt is { } happened)
        {
            output.WriteLine($"Happened: {CaseText.At(happened)}");
        }

        if (record.Location is { } location)
        {
            output.WriteLine($"Where: {location}");
        }

        output.WriteLine($"Summary: {record.Summary}");
        output.WriteLine("Parties:");
        foreach (var party in file.Parties)
        {
            var person = party.PersonId is { } id ? await session.People.GetAsync(id, CancellationToken.None).ConfigureAwait(false) : (Person?)null;
            output.WriteLine(CaseText.Party(party, person));
        }

        output.WriteLine("Entries:");
        if (file.Entries.Count == 0)
        {
            output.WriteLine("  none yet");
        }

        foreach (var entry in file.Entries)
        {
            output.WriteLine(CaseText.Entry(entry, file.CorrectionOf(entry.Id)));
        }

        output.WriteLine("Evidence:");
        if (file.Evidence.Count == 0)
        {
            output.WriteLine("  none");
        }

        for (var i = 0; i < file.Evidence.Count; i++)
        {
            output.WriteLine(CaseText.Evidence(file.Evidence[i], i + 1));
        }

        CaseText.Tasks(output, full.OpenTasks, session.Clock.GetUtcNow());
        CaseText.AllowedSteps(output, full.Pack, record, file.Stage, full.AllowedNow, session.Actor);
    }
}
