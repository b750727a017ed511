# panels

outline-heading = Parties prenantes

outline-search-hint = Chercher un nom ou une étiquette

outline-empty = Aucune partie prenante pour l'instant

outline-no-match = Aucun résultat

legend-heading = Légende

legend-empty = La carte est vide.

legend-mutual = Réciproque

legend-uncertain = Incertaine

legend-size-brokerage = Taille : rôle d'intermédiaire (intermédiarité). Épaisseur du trait : force.

legend-size-power = Taille : pouvoir. Épaisseur du trait : force.

legend-member-of = Membre de { $coalition }

legend-filtered-hidden = Exclus par le filtre : masqués

legend-filtered-faint = Exclus par le filtre : estompés

inspector-heading = Inspecteur

inspector-nothing-selected = Sélectionnez une partie prenante ou une relation pour voir et modifier ses champs.

inspector-how-to-add = Double-cliquez sur la carte ou appuyez sur N pour ajouter une partie prenante.

inspector-list-hover = Séparez-les par des virgules. Powermap les range par ordre alphabétique, sans doublon.

inspector-pinned = Ne bouge pas en disposant

inspector-confidential-hover = Retirées des copies faites pour le partage

inspector-relations-and-id = { $count ->
        [one] { $count } relation
       *[other] { $count } relations
    } · identifiant { $id }

inspector-in-coalitions = Dans { $coalitions }

inspector-group-selected = { $count } parties prenantes sélectionnées

inspector-group-hint = Un champ rempli ici s'applique à toutes.

inspector-relation-from = De { $name }

inspector-relation-to = vers { $name }

inspector-relation-other = Autre…

inspector-relation-other-name = Autre

inspector-relation-named = Nom

inspector-relation-kind-name = Nom du type de relation

inspector-direction = Sens

inspector-reverse = Inverser

inspector-relation-id = identifiant { $id }

inspector-mixed = Variable

inspector-score-of-five = { $field } { $score } sur 5

filter-legend = Légende

filter-legend-hover = Afficher ou masquer la légende (L)

filter-heading = Filtre

filter-text-hint = Nom, étiquette ou note

filter-coalition = Coalition

filter-tag = Étiquette

filter-clear = Effacer le filtre

filter-hide = Masquer les exclus

filter-hide-hover = Masquer ce que le filtre exclut au lieu de l'estomper (Ctrl+H)

filter-focus-on = Focus sur { $name }

filter-hops = { $count ->
        [one] { $count } saut
       *[other] { $count } sauts
    }

filter-leave-focus = Quitter le focus

filter-leave-focus-hover = Échap

filter-focus-selected = Focus sur la sélection

filter-focus-selected-hover = N'afficher que le voisinage de la partie prenante sélectionnée (Ctrl+Maj+F)

filter-menu-title = { $name } : { $value }

filter-any-value = tous

filter-any = Tous

view-network = Réseau

view-grid = Grille pouvoir/intérêt

view-spectrum = Spectre des alliés

view-table = Tableau

status-counts = { $stakeholders ->
        [one] { $stakeholders } partie prenante
       *[other] { $stakeholders } parties prenantes
    } · { $relations ->
        [one] { $relations } relation
       *[other] { $relations } relations
    } · { $coalitions ->
        [one] { $coalitions } coalition
       *[other] { $coalitions } coalitions
    }

status-filtered-hidden = { $count ->
        [one] { $count } masquée par le filtre
       *[other] { $count } masquées par le filtre
    }

status-filtered-dimmed = { $count ->
        [one] { $count } estompée par le filtre
       *[other] { $count } estompées par le filtre
    }

status-zoom = Zoom { $percent } %
status-following = Vous suivez { $name }
status-following-hint = Cliquer pour ne plus suivre
status-live-people = { $count ->
    [one] Une personne connectée
   *[other] { $count } personnes connectées
}
status-live-people-hint = Ouvrir la session en direct : qui est connecté, suivre quelqu’un

status-nothing-selected = Aucune sélection

status-selected-count = { $count ->
        [one] { $count } élément sélectionné
       *[other] { $count } éléments sélectionnés
    }

status-selected-one = Sélection : { $name }

status-relation-selected = 1 relation sélectionnée

status-selected-relation = Sélection : { $from } { $kind } { $to }

status-unsaved = Modifications non enregistrées

status-saved = Enregistrée

status-no-file = Pas encore enregistrée dans un fichier
