# L'évolution dans le temps : la barre du temps, la comparaison de deux
# dates dans chaque vue et l'onglet « Avant et maintenant » du tableau.

then-now-tab = Avant et maintenant
then-now-hint = Chaque valeur telle qu'elle était à la date de comparaison et telle qu'elle est à la date affichée ; ce qui a changé est en gras, précédé de »
then-now-summary = { $changed ->
    [0] Aucun changement parmi { $all ->
        [one] la seule partie prenante
       *[other] les { $all } parties prenantes
    }
    [one] Une partie prenante a changé, sur { $all }
   *[other] { $changed } parties prenantes ont changé, sur { $all }
}
then-now-only-changed = Seulement celles qui ont changé
then-now-name = Nom
then-now-then = { $field } (avant)
then-now-now = { $field } (maintenant)
then-now-field-stance = Position
then-now-field-power = Pouvoir
then-now-field-interest = Intérêt
then-now-field-commitment = Engagement
then-now-field-role = Rôle

time-history = Historique
time-nothing-yet = Rien d'enregistré pour l'instant
time-nothing-yet-hint = Enregistrez dans l'inspecteur une valeur datée d'une partie prenante ou d'une relation ; les jalons nomment des dates auxquelles revenir.
time-date-hint = AAAA-MM-JJ
time-date-tooltip = Saisissez une date et appuyez sur Entrée pour voir la carte telle qu'elle était alors
time-back-to-now = Revenir à aujourd'hui
time-mark-checkpoint = Poser un jalon…
time-mark-checkpoint-tooltip = Nommer une date à laquelle revenir, par exemple « avant la réunion d'information du Conseil »
time-checkpoint-name = Nom du jalon
time-checkpoint-name-hint = Avant la réunion d'information du Conseil
time-checkpoint-on = le
time-mark = Poser
time-cancel = Annuler
time-checkpoint-needs-name = Donnez un nom au jalon
time-checkpoint-too-far = { $day } est à plus d'un an d'aujourd'hui ; un jalon nomme une date de la campagne
time-now = Aujourd'hui
time-slider-tooltip = Glissez le long des dates où quelque chose a été enregistré ; au bout, c'est aujourd'hui
time-compare-with = Comparer avec…
time-compared-with = Comparé au { $day }
time-no-comparison = Aucune comparaison
time-compare-tooltip = Montrer où se trouvait chaque partie prenante à cette date : des flèches sur le spectre et la grille, des marques sur les relations du réseau, avant et maintenant dans le tableau
time-comparing = Les flèches vont de la place de chaque partie prenante le { $day } (anneau) à sa place actuelle, sur le spectre et la grille ; sur le réseau, les relations sont marquées
time-comparing-past = Les flèches vont de la place de chaque partie prenante le { $day } (anneau) à sa place le { $shown }, jour affiché, sur le spectre et la grille ; sur le réseau, les relations sont marquées
time-mark-added = nouée depuis
time-mark-removed = perdue depuis (en pointillé)
time-mark-stronger = renforcée
time-mark-weaker = affaiblie
time-banner-checkpoint = {"\u202F"}(« { $name } »)
time-banner-compared = , comparée au { $day }
time-banner = ⏪ Carte telle qu'elle était le { $day }{ $checkpoint }{ $compared }. On ne peut pas modifier la carte en regardant le passé : cliquez sur « Revenir à aujourd'hui » pour la modifier.
legend-compare-moved = déplacement depuis l'anneau (position au premier jour) jusqu'à la pointe de la flèche (position au second)
