using Lanyard.Core.Connections;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Tests.Connections;

/// <summary>The hold request's state machine: open → granted or refused, and nothing after.</summary>
public class ConnectionHoldRequestTests
{
    private static readonly DateTimeOffset Opened = new(2026, 11, 16, 9, 30, 0, TimeSpan.Zero);

    private static ConnectionHoldRequest Open() => new()
    {
        Id = 7,
        OrganisationId = 1,
        DecisionId = 3,
        StaffId = 10,
        OtherPersonId = 20,
        AddressedTo = Role.Headteacher,
        OpenedAt = Opened,
    };

    [Theory]
    [InlineData(ConnectionHoldState.Granted)]
    [InlineData(ConnectionHoldState.Refused)]
    public void Decide_FromOpen_RecordsWhoWhenAndWhy(ConnectionHoldState to)
    {
        var decided = Open().Decide(to, 5, "Helen Ward", Opened.AddHours(3), "  Spoke to both of them  ");

        (decided.State, decided.DecidedById, decided.DecidedByName, decided.DecidedAt, decided.Note)
            .ShouldBe((to, (long?)5, "Helen Ward", (DateTimeOffset?)Opened.AddHours(3), "Spoke to both of them"));
        decided.AllowedNext.ShouldBeEmpty();
    }

    [Fact]
    public void Open_MayBecomeGrantedOrRefused_Only() =>
        Open().AllowedNext.ShouldBe([ConnectionHoldState.Granted, ConnectionHoldState.Refused]);

    [Theory]
    [InlineData(ConnectionHoldState.Open, ConnectionHoldState.Open)]
    [InlineData(ConnectionHoldState.Granted, ConnectionHoldState.Refused)]
    [InlineData(ConnectionHoldState.Granted, ConnectionHoldState.Granted)]
    [InlineData(ConnectionHoldState.Refused, ConnectionHoldState.Granted)]
    [InlineData(ConnectionHoldState.Refused, ConnectionHoldState.Open)]
    public void Decide_IllegalTransition_FailsTheSameWay_SayingWhatIsAllowed(ConnectionHoldState from, ConnectionHoldState to)
    {
        var hold = Open() with { State = from };

        var thrown = Should.Throw<InvalidOperationException>(() => hold.Decide(to, 5, "Helen Ward", Opened, null));

        thrown.Message.ShouldBe($"This hold request is already {from.ToString().ToLowerInvariant()}, so it cannot be {to.ToString().ToLowerInvariant()}: only an open request can be granted or refused.");
        hold.WhyNot(to).ShouldBe(thrown.Message);
    }

    [Fact]
    public void Decide_WithoutTheDecidersName_IsRejected() =>
        Should.Throw<ArgumentException>(() => Open().Decide(ConnectionHoldState.Granted, 5, " ", Opened, null));
}
