using System.Security.Cryptography;
using System.Text;
using Lanyard.Core.Audit;

namespace Lanyard.Core.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 4, 9, 15, 30, TimeSpan.FromHours(1));

    private static AuditEvent Event(string? detail = "step record-outcome", long subjectId = 12) =>
        new(At, 7, "7", AuditAction.Change, "case", subjectId, 3, detail);

    private static List<AuditEntry> Chain(int length)
    {
        var entries = new List<AuditEntry>();
        for (var i = 0; i < length; i++)
        {
            entries.Add(AuditChain.Next(entries.Count == 0 ? null : entries[^1], Event(subjectId: i + 1) with { At = At.AddMinutes(i) }));
        }

        return entries;
    }

    [Fact]
    public void CanonicalText_IsTheDocumentedLines_InUtcWithMicroseconds()
    {
        var text = AuditChain.CanonicalText(5, Event() with { At = At.AddTicks(1234567) });

        text.ShouldBe(
            "lanyard-audit-v1\n" +
            "sequence=5\n" +
            "at=2025-03-04T08:15:30.123456Z\n" +
            "actor-user-id=7\n" +
            "actor=7\n" +
            "action=change\n" +
            "subject-kind=case\n" +
            "subject-id=12\n" +
            "organisation-id=3\n" +
            "detail=step record-outcome\n");
    }

    [Fact]
    public void CanonicalText_NullAndEmptyAndSeparatorsDiffer()
    {
        var withNull = AuditChain.CanonicalText(1, Event(detail: null));
        var withEmpty = AuditChain.CanonicalText(1, Event(detail: string.Empty));
        var withLiteral = AuditChain.CanonicalText(1, Event(detail: "\\0"));
        var withNewLine = AuditChain.CanonicalText(1, Event(detail: "a\norganisation-id=9"));

        withNull.ShouldEndWith("detail=\\0\n");
        withEmpty.ShouldEndWith("detail=\n");
        withLiteral.ShouldEndWith("detail=\\\\0\n");
        withNewLine.ShouldEndWith("detail=a\\norganisation-id=9\n");
        new[] { withNull, withEmpty, withLiteral, withNewLine }.Distinct().Count().ShouldBe(4);
    }

    [Fact]
    public void CanonicalText_DoesNotDependOnTheCurrentCulture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            var arabic = AuditChain.CanonicalText(1234567, Event());
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            AuditChain.CanonicalText(1234567, Event()).ShouldBe(arabic);
            arabic.ShouldContain("sequence=1234567\nat=2025-03-04T08:15:30.000000Z\n");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Next_FirstEntry_ChainsToGenesis_AndHashesPreviousHashPlusCanonicalText()
    {
        var first = AuditChain.Next(null, Event());

        first.Sequence.ShouldBe(1);
        first.PreviousHash.ShouldBe(new string('0', 64));
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(first.PreviousHash + AuditChain.CanonicalText(1, Event()))));
        first.Hash.ShouldBe(expected);
    }

    [Fact]
    public void Next_ChainsToTheLastEntry()
    {
        var chain = Chain(3);

        chain.Select(e => e.Sequence).ShouldBe([1L, 2L, 3L]);
        chain[1].PreviousHash.ShouldBe(chain[0].Hash);
        chain[2].PreviousHash.ShouldBe(chain[1].Hash);
    }

    [Fact]
    public void Verify_IntactChain_CountsEntriesAndGivesTheLastHash()
    {
        var chain = Chain(4);

        var result = AuditChain.Verify(chain);

        result.ShouldBe(new AuditVerification(true, 4, chain[^1].Hash, null, null));
    }

    [Fact]
    public void Verify_EmptyLog_IsIntact()
    {
        AuditChain.Verify([]).ShouldBe(new AuditVerification(true, 0, AuditChain.GenesisHash, null, null));
    }

    [Fact]
    public void Verify_AlteredDetail_NamesThatEntry_WithExpectedAndFoundHash()
    {
        var chain = Chain(5);
        chain[2] = chain[2] with { Event = chain[2].Event with { Detail = "nothing to see" } };

        var result = AuditChain.Verify(chain);

        result.Intact.ShouldBeFalse();
        result.BrokenAt.ShouldBe(3);
        result.LastHash.ShouldBe(chain[1].Hash);
        result.Problem.ShouldBe($"its contents hash to {AuditChain.HashOf(chain[1].Hash, 3, chain[2].Event)}, but {chain[2].Hash} is stored (altered?)");
    }

    [Fact]
    public void Verify_AlteredEntryWithRecomputedHash_BreaksTheNextLink()
    {
        var chain = Chain(5);
        var forged = chain[2].Event with { Detail = "forged" };
        chain[2] = chain[2] with { Event = forged, Hash = AuditChain.HashOf(chain[2].PreviousHash, 3, forged) };

        var result = AuditChain.Verify(chain);

        result.BrokenAt.ShouldBe(4);
        result.Problem.ShouldBe($"its previous hash is {chain[3].PreviousHash}, expected {chain[2].Hash} (the hash of entry 3)");
    }

    [Fact]
    public void Verify_DeletedEntry_NamesTheMissingSequence()
    {
        var chain = Chain(5);
        chain.RemoveAt(3);

        var result = AuditChain.Verify(chain);

        result.BrokenAt.ShouldBe(4);
        result.Problem.ShouldBe("sequence 4 missing (deleted?): the next entry read is 5");
        result.Entries.ShouldBe(4);
    }

    [Fact]
    public void Verify_FirstEntryDeleted_NamesSequenceOne()
    {
        var chain = Chain(3);
        chain.RemoveAt(0);

        AuditChain.Verify(chain).Problem.ShouldBe("sequence 1 missing (deleted?): the next entry read is 2");
    }

    [Fact]
    public void Verify_SeveralDeleted_NamesTheRange()
    {
        var chain = Chain(6);
        chain.RemoveRange(1, 3);

        AuditChain.Verify(chain).Problem.ShouldBe("sequences 2 to 4 missing (deleted?): the next entry read is 5");
    }

    [Fact]
    public void Verify_AlteredTime_OrActor_IsDetected()
    {
        var timeChanged = Chain(3);
        timeChanged[1] = timeChanged[1] with { Event = timeChanged[1].Event with { At = timeChanged[1].Event.At.AddSeconds(-1) } };
        var actorChanged = Chain(3);
        actorChanged[1] = actorChanged[1] with { Event = actorChanged[1].Event with { ActorUserId = 8 } };

        AuditChain.Verify(timeChanged).BrokenAt.ShouldBe(2);
        AuditChain.Verify(actorChanged).BrokenAt.ShouldBe(2);
    }

    [Fact]
    public void Normalise_TruncatesToMicrosecondsInUtc()
    {
        var at = new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.FromHours(2)).AddTicks(19);

        var normalised = AuditChain.Normalise(at);

        normalised.Offset.ShouldBe(TimeSpan.Zero);
        normalised.ShouldBe(new DateTimeOffset(2025, 1, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(10));
    }

    [Fact]
    public async Task VerifyAuditLog_ReadsInPages_AndStopsAtTheFirstBrokenLink()
    {
        var chain = Chain(7);
        chain.RemoveAt(5);
        var reader = new ListReader(chain);

        var result = await VerifyAuditLog.HandleAsync(new VerifyAuditLog.Request(PageSize: 2), reader, CancellationToken.None);

        result.BrokenAt.ShouldBe(6);
        reader.Reads.ShouldBe([0L, 2L, 4L]);
    }

    [Fact]
    public async Task VerifyAuditLog_IntactAcrossPageBoundaries()
    {
        var chain = Chain(6);

        var result = await VerifyAuditLog.HandleAsync(new VerifyAuditLog.Request(PageSize: 3), new ListReader(chain), CancellationToken.None);

        result.ShouldBe(new AuditVerification(true, 6, chain[^1].Hash, null, null));
    }

    [Fact]
    public async Task VerifyAuditLog_NewestEntriesDeleted_PassTheChain_ButNotAnAnchorRecordedBefore()
    {
        var chain = Chain(6);
        var anchor = AuditAnchor.Parse($"5:{chain[4].Hash.ToUpperInvariant()}").ShouldNotBeNull();
        var truncated = chain.Take(4).ToList();

        var withoutAnchor = await VerifyAuditLog.HandleAsync(new VerifyAuditLog.Request(), new ListReader(truncated), CancellationToken.None);
        var withAnchor = await VerifyAuditLog.HandleAsync(new VerifyAuditLog.Request(Anchor: anchor), new ListReader(truncated), CancellationToken.None);
        var whole = await VerifyAuditLog.HandleAsync(new VerifyAuditLog.Request(Anchor: anchor), new ListReader(chain), CancellationToken.None);

        withoutAnchor.Intact.ShouldBeTrue("the chain alone cannot see its newest entries go");
        (withAnchor.Intact, withAnchor.BrokenAt).ShouldBe((false, 5L));
        withAnchor.Problem.ShouldBe($"the log ends at entry 4, but entry 5 was recorded earlier (anchor 5:{chain[4].Hash}): the newest entries were deleted");
        whole.ShouldBe(new AuditVerification(true, 6, chain[^1].Hash, null, null));
    }

    [Fact]
    public async Task VerifyAuditLog_LogRewrittenAndReHashed_PassesTheChain_ButNotTheAnchor()
    {
        var original = Chain(3);
        var rewritten = new List<AuditEntry>();
        foreach (var entry in original)
        {
            rewritten.Add(AuditChain.Next(rewritten.Count == 0 ? null : rewritten[^1], entry.Event with { Detail = "step close" }));
        }

        var result = await VerifyAuditLog.HandleAsync(new VerifyAuditLog.Request(Anchor: new AuditAnchor(2, original[1].Hash)), new ListReader(rewritten), CancellationToken.None);

        (result.Intact, result.BrokenAt).ShouldBe((false, 2L));
        result.Problem.ShouldBe($"entry 2 now has hash {rewritten[1].Hash}, but {original[1].Hash} was recorded earlier: the log was rewritten up to that entry and re-hashed");
    }

    [Theory]
    [InlineData("5")]
    [InlineData("0:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("5:abc")]
    [InlineData("x:0000000000000000000000000000000000000000000000000000000000000000")]
    public void AuditAnchor_NotSequenceColonHash_IsNotAnAnchor(string text) => AuditAnchor.Parse(text).ShouldBeNull();

    private sealed class ListReader(IReadOnlyList<AuditEntry> entries) : IAuditLogReader
    {
        public List<long> Reads { get; } = [];

        public Task<IReadOnlyList<AuditEntry>> ReadAsync(long afterSequence, int count, CancellationToken cancellationToken)
        {
            Reads.Add(afterSequence);
            return Task.FromResult<IReadOnlyList<AuditEntry>>([.. entries.Where(e => e.Sequence > afterSequence).Take(count)]);
        }

        public Task<IReadOnlyList<AuditEntry>> ForSubjectAsync(string subjectKind, long subjectId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<AuditEntry>>([.. entries.Where(e => e.Event.SubjectKind == subjectKind && e.Event.SubjectId == subjectId)]);
    }
}
