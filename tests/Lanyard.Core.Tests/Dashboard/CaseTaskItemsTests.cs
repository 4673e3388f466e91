using Lanyard.Core.Casework;
using Lanyard.Core.Dashboard;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using static Lanyard.Core.Tests.Casework.CaseFiles;

namespace Lanyard.Core.Tests.Dashboard;

/// <summary>The dashboard's case tasks: the person's own, overdue ones marked.</summary>
public sealed class CaseTaskItemsTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 15, 12, 0, 0, TimeSpan.Zero);

    private static CaseTask Task(Role? owner, DateTimeOffset due, string title = "Record the response") =>
        new(1, CaseStep.RecordResponse, title, owner, due, "heathcoat.parents.11", Mandatory: true);

    [Fact]
    public void TaskOwnedByARoleTheyHold_IsShown_OverdueWhenPastDue()
    {
        var items = WhatNeedsAttention.CaseTaskItems(File(CaseType.ParentPost), [Task(Role.Headteacher, Now.AddDays(-2)), Task(Role.Headteacher, Now.AddDays(2), "Ask for removal")], [StaffRole.Headteacher], 42, Now).ToList();

        items.Select(i => (i.Kind, i.Urgency, i.Title)).ShouldBe([(AttentionKind.CaseTask, AttentionUrgency.Overdue, "Record the response"), (AttentionKind.CaseTask, AttentionUrgency.Due, "Ask for removal")]);
        items[0].Link.ShouldBe("/cases/1");
        items[0].ClauseIds.ShouldBe(["heathcoat.parents.11"]);
    }

    [Fact]
    public void DeputyDsl_HoldsTasksOwnedByTheDsl()
    {
        WhatNeedsAttention.CaseTaskItems(File(CaseType.SafeguardingConcern), [Task(Role.Dsl, Now.AddDays(1))], [StaffRole.DeputyDsl], 42, Now).ShouldHaveSingleItem();
    }

    [Fact]
    public void TaskOwnedByAnotherRole_IsNotShown()
    {
        WhatNeedsAttention.CaseTaskItems(File(CaseType.ParentPost), [Task(Role.Headteacher, Now.AddDays(1))], [StaffRole.Slt], 42, Now).ShouldBeEmpty();
    }

    [Fact]
    public void UnownedTask_IsShownToThePersonTheCaseIsAssignedTo_Only()
    {
        var file = File(CaseType.ParentPost, entries: [Entry(1, CaseStep.AddNote, CaseStage.Triaged, CaseStage.Triaged, Details(CaseDetails.AssignedTo, "42"))]);

        WhatNeedsAttention.CaseTaskItems(file, [Task(null, Now.AddDays(1))], [StaffRole.Teacher], 42, Now).ShouldHaveSingleItem();
        WhatNeedsAttention.CaseTaskItems(file, [Task(null, Now.AddDays(1))], [StaffRole.Teacher], 43, Now).ShouldBeEmpty();
    }
}
