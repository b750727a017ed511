# The words of the map's closed lists as the interface shows them. The map
# file and the spreadsheets keep their English words whatever the language.

kind-organization = Organization
kind-target = Target
kind-individual = Individual
kind-constituency = Constituency
kind-media = Media
kind-funder = Funder
kind-other = Other

group-organization = Organizations ({ $count })
group-target = Targets ({ $count })
group-individual = Individuals ({ $count })
group-constituency = Constituencies ({ $count })
group-media = Media ({ $count })
group-funder = Funders ({ $count })
group-other = Other ({ $count })

stance-active-ally = Active ally
stance-passive-ally = Passive ally
stance-neutral = Neutral
stance-passive-opposition = Passive opposition
stance-active-opposition = Active opposition
stance-unknown = Unknown

role-leadership-core = Leadership core
role-core-partner = Core partner
role-network-member = Network member
role-external = External

member-role-lead = Lead
member-role-member = Member

contribution-staff = Staff
contribution-funding = Funding
contribution-expertise = Expertise
contribution-legitimacy = Legitimacy
contribution-information = Information
contribution-contacts = Contacts
contribution-constituency-access = Constituency access
contribution-ideology = Ideology
contribution-power = Power

confidence-confirmed = Confirmed
confidence-uncertain = Uncertain

focus-incoming = Incoming
focus-outgoing = Outgoing
focus-both = Both ways

scene-view-network = Network
scene-view-grid = Power/interest grid
scene-view-spectrum = Spectrum of allies

relation-influences = Influences
relation-funds = Funds
relation-member-of = Member of
relation-allied-with = Allied with
relation-opposes = Opposes
relation-has-access-to = Has access to
relation-reports-to = Reports to
relation-cooperates = Cooperates
relation-coordinates = Coordinates
relation-collaborates = Collaborates

field-id = Id

field-name = Name

field-kind = Kind

field-stance = Stance

field-power = Power

field-interest = Interest

field-role = Role

field-commitment = Commitment

field-contributions = Contributions

field-expertise = Expertise

field-tags = Tags

field-notes = Notes

field-confidential-notes = Confidential notes

field-x = X

field-y = Y

field-pinned = Pinned

field-from = From

field-to = To

field-mutual = Mutual

field-strength = Strength

field-confidence = Confidence

field-note = Note

value-yes = Yes

value-no = No

strength-weak = Weak

strength-medium = Medium

strength-strong = Strong
