# refus des règles de la carte, en ligne de problème d'un fichier ou en modification refusée

## parties prenantes, relations, coalitions et scènes
model-stakeholder-in-use = la partie prenante « { $id } » a encore des relations, des adhésions à une coalition, des scènes, un historique ou une place dans le plan d'action
model-move-not-finite = la partie prenante « { $id } » ne peut pas aller à une position qui n'est pas un nombre fini
model-relation-in-scene = la relation « { $id } » est encore mise en avant dans une scène
model-relation-has-history = la relation « { $id } » a encore un historique enregistré
model-relation-has-contacts = la relation « { $id } » a encore des contacts consignés
model-coalition-in-scene = la coalition « { $id } » sert encore dans une scène
model-coalition-has-jobs = la coalition « { $id } » a encore des tâches
model-no-scene-place = il n'y a pas de place { $place } parmi { $count } scènes
model-scene-camera = la caméra de la scène « { $title } » n'est pas un point fini avec un zoom supérieur à 0
model-scene-hops = la scène « { $title } » cible à { $hops } sauts ; il en faut de 1 à { $most }
model-member-twice = la partie prenante « { $id } » figure deux fois dans la coalition « { $coalition } »
model-score-out-of-range = { $field ->
        [power] le pouvoir
        [interest] l'intérêt
       *[commitment] l'engagement
    } de la partie prenante « { $name } » vaut { $score } ; il doit aller de { $low } à { $high }
model-position-not-finite = la position de la partie prenante « { $name } » n'est pas un nombre fini
model-unknown-time-zone = la partie prenante « { $name } » a le fuseau horaire « { $zone } », que la base des fuseaux horaires ne connaît pas ; écrivez-le sous la forme région/ville, par exemple « Europe/Paris » ou « Africa/Bangui »
model-strength-out-of-range = la force de la relation « { $id } » vaut { $strength } ; elle doit aller de { $low } à { $high }
model-relation-to-itself = la relation « { $id } » va de la partie prenante « { $from } » à elle-même
model-custom-kind-unnamed = la relation « { $id } » a un type personnalisé sans nom
model-not-a-colour = « { $text } » n'est pas une couleur ; écrivez-la sous la forme "#rrvvbb", par exemple "#1f77b4"
model-scene-days = elle compare la carte au { $day } avec le { $from }, un jour qui n'est pas antérieur ; le jour de référence vient en premier
model-scene-days-now = elle compare la carte d'aujourd'hui avec le { $from }, un jour qui n'est pas antérieur ; le jour de référence vient en premier

## les jours
day-shape = « { $text } » n'est pas une date ; écrivez-la sous la forme année-mois-jour, par exemple 2026-03-12
day-year = « { $text } » n'est pas une date : l'année doit aller de { $first } à { $last }
day-month = « { $text } » n'est pas une date : il n'y a pas de mois { $month }
day-of-month = « { $text } » n'est pas une date : { $month } { $year } compte { $days } jours

## l'historique
history-custom-kind-unnamed = un type personnalisé doit avoir un nom
history-out-of-range = { $name } vaut { $score } ; la valeur doit aller de { $low } à { $high }
history-relation-field-on-stakeholder = la valeur « { $field } » d'une relation ne peut pas être enregistrée pour la partie prenante « { $name } »
history-stakeholder-field-on-relation = la valeur « { $field } » d'une partie prenante ne peut pas être enregistrée pour la relation « { $id } »
history-bad-observation = observation de « { $of } » le { $date } : { $problem }
history-nothing-recorded = rien n'est enregistré pour « { $of } », { $field }, le { $date }
history-checkpoint-unnamed = le jalon du { $date } doit avoir un nom
history-checkpoint-exists = il y a déjà un jalon « { $name } » le { $date }
history-no-checkpoint = il n'y a pas de jalon « { $name } » le { $date }

## le plan d'action
plan-job-untitled = la tâche « { $id } » doit avoir un titre
plan-ask-empty = la démarche « { $id } » doit dire ce qui est demandé
plan-ask-itself = dans la démarche « { $id } », la partie prenante « { $from } » se sollicite elle-même
plan-cold-after-range = une relation se refroidit après { $days } jours sans contact ; il en faut de 1 à { $most }
plan-unknown-id = { $what ->
        [job] aucune tâche n'a
        [ask] aucune démarche n'a
       *[contact] aucun contact n'a
    } l'identifiant « { $id } »
