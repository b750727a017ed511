# plan, followed up: the asks in the Plan tab and their outcomes

plan-asks-heading = Démarches
plan-ask-line = { $from } sollicite { $to } : { $what }
plan-ask-open = en cours
plan-ask-done = aboutie
plan-ask-dropped = abandonnée
plan-ask-edit = Modifier la démarche
plan-ask-edit-hover = Changer ce qui est demandé, l'échéance et le responsable de la démarche
plan-ask-what = Ce qui est demandé
plan-record-outcome = Consigner le résultat…
plan-record-outcome-hover = Marquer cette démarche comme aboutie avec son résultat ; elle peut mettre à jour la relation et la position, en observations datées
plan-outcome-title = Résultat de la démarche
plan-outcome-date = Aboutie le
plan-outcome-note = Ce qui en est sorti
plan-outcome-note-hint = La conseillère accepte d'en parler au ministre
plan-outcome-stance = Position de { $name } désormais
plan-outcome-strength = Relation { $from } → { $to } désormais
plan-outcome-unchanged = Inchangée
plan-outcome-history-hint = Une nouvelle position ou intensité est gardée dans l'historique, datée, avec cette démarche pour source. Une seule étape d'annulation.
plan-outcome-record = Consigner
plan-outcome-cancel = Annuler

# the map settings: when a relation goes cold
settings-cold-after = Relation refroidie après (jours)
settings-cold-after-hint = 60
settings-cold-after-bad = « { $text } » n'est pas un nombre de jours entre 1 et { $max }

# the analysis panel: relations gone cold, targets nobody contacted
analysis-cold = Relations refroidies
analysis-cold-subtitle = Les relations sans contact depuis plus longtemps que la carte ne le permet, et les cibles que personne n'a contactées
cold-threshold = Une relation se refroidit après { $days ->
    [one] un jour
   *[other] { $days } jours
} sans contact (Paramètres de la carte).
cold-none = Aucune relation ne s'est refroidie.
cold-relation = { $from } → { $to } : { $days } jours depuis le dernier contact ({ $date })
cold-more = { $count ->
    [one] et une autre
   *[other] et { $count } autres
}
cold-every-target-contacted = Toutes les cibles ont été contactées.
cold-never-contacted = { $count ->
    [one] Une cible que personne n'a contactée
   *[other] { $count } cibles que personne n'a contactées
}

# le calendrier des échéances (powermap plan --ics) : la description de chaque événement
calendar-job = Tâche ({ $status })
calendar-ask = Démarche
calendar-owner = Responsable : { $name }
calendar-toward = Auprès de : { $name }

# the filter bar: the contact log
filter-contact = Contact
filter-contact-cold = Refroidis
filter-contact-never = Jamais contactés
filter-contact-hover = Refroidis : sur une relation sans contact depuis plus longtemps que la carte ne le permet (Paramètres de la carte). Jamais contactés : aucun contact noté avec eux, sur leurs relations ou en leur présence.

# the table: the day of the last contact
table-column-last-contact = Dernier contact
table-never-contacted = jamais
table-last-contact-cold = { $date } (refroidie, { $days } jours)
