# plan: the jobs board, the job editor, suggestions, asks and the contact log

plan-tab = Plan
plan-heading = Plan
plan-overdue-count = { $count ->
    [one] One job is overdue
   *[other] { $count } jobs are overdue
}
plan-board = Board
plan-list = List
plan-new-job = New job
plan-new-job-hover = Add a job to the plan: one undo step
plan-export = Export
plan-export-hover = Write the jobs and asks for a spreadsheet, or their due dates for a calendar
plan-new-job-title = New job
plan-no-jobs = No jobs yet. Add one with “New job”.
plan-status-to-do = To do
plan-status-doing = Doing
plan-status-done = Done
plan-card-overdue = overdue
plan-status-dropped = Dropped
plan-sort-hover = Sort by this column; click again to reverse
plan-job-heading = Job
plan-job-title = Title
plan-job-status = Status
plan-job-due = Due
plan-job-owner = Owner
plan-job-target = Aimed at
plan-job-coalition = Coalition
plan-job-expertise = Expertise needed
plan-job-contributions = Contributions needed
plan-job-notes = Notes
plan-none = None
plan-bad-due = “{ $text }” is not a date: write it as 2026-12-31
plan-job-helpers = Helpers
plan-remove-helper = Take { $name } off the job
plan-add-a-helper = Add a helper
plan-delete-job = Delete job
plan-suggested-heading = Best people for the job
plan-suggested-none = Nobody on the map brings the expertise or contributions this job needs.
plan-points = { $count ->
    [one] 1 point
   *[other] { $count } points
}
plan-is-owner = owner
plan-make-owner = Make owner
plan-add-helper = Add as helper
plan-local-time = Local time now { $time }
plan-local-time-in = Local time in { $place } now { $time }
plan-why-expertise = expertise: { $tags }
plan-why-brings = brings { $what }
plan-why-commitment = commitment { $level }
plan-why-member-of = member of { $coalition }
plan-why-member = member of a coalition
plan-why-route = reaches the target in { $steps ->
    [one] one step
   *[other] { $steps } steps
} (cost { $cost })
plan-this-ask = Plan this ask
plan-this-ask-hover = Plan the asks along this route, each stakeholder asking the next: one undo step
plan-ask-default-what = Carry our ask toward { $target }
plan-place = Place
plan-time-zone = Time zone
plan-bad-time-zone = “{ $zone }” is not a time zone; name it as the time zone database does, such as Europe/Zurich
plan-contacts-heading = Contacts
plan-last-contact = Last contact: { $how } on { $date } ({ $days ->
    [0] today
    [one] yesterday
   *[other] { $days } days ago
})
plan-last-contact-with = Last contact: { $how } on { $date }, with { $with } ({ $days ->
    [0] today
    [one] yesterday
   *[other] { $days } days ago
})
plan-gone-cold = Gone cold: no contact for longer than the map allows
plan-no-contact = No contact logged yet
plan-confidential = confidential
plan-contact-date-hint = today
plan-contact-add-with = Who took part
plan-contact-remove-with = { $name } did not take part
plan-contact-note = What was said
plan-log-contact = Log contact
plan-how-met = Met
plan-how-called = Called
plan-how-wrote = Wrote
plan-how-briefed = Briefed

# refusals of the plan's edits
plan-asks-path-too-short = a path to plan asks along needs at least two stakeholders
plan-outcome-no-relation = no relation goes from “{ $from }” to “{ $to }” to record the strength of
