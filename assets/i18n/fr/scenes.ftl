# scènes et présentation

scene-untitled = Scène sans titre
scenes-present-first = Présenter depuis la première scène
scenes-present-first-hover = F5 ; Échap pour quitter
scenes-none-yet = Aucune scène pour l'instant. Préparez une vue (cadrage, filtre, focus, sélection), puis ajoutez-la comme scène. Présenter sans scène montre la vue actuelle.
scenes-choose-one = Choisissez une scène pour la modifier.
scenes-row-hover = Afficher cette scène ; glissez-la sur une autre pour la déplacer là
scenes-title = Titre
scenes-title-field = Titre de la scène
scenes-caption = Légende
scenes-view = Vue
scenes-update = Mettre à jour depuis la vue actuelle
scenes-update-hover = Garder dans cette scène la vue, le cadrage, le filtre, le focus et la sélection de l'éditeur
scenes-present-here = Présenter depuis ici
scenes-move-up = Monter
scenes-move-down = Descendre
scenes-duplicate = Dupliquer
scenes-copy-title = { $title } (copie)
scenes-delete = Supprimer la scène
scenes-camera-zoom = Cadrage : zoom { $percent } %
scenes-camera-whole-map = Cadrage : toute la carte
scenes-filtered = { $rest ->
        [hidden] Filtrée (le reste masqué)
       *[faint] Filtrée (le reste estompé)
    }
scenes-focus = { $hops ->
        [one] Focus : { $name }, à { $hops } saut
       *[other] Focus : { $name }, jusqu'à { $hops } sauts
    }
scenes-picked-out = Mis en évidence : { $named ->
        [0] { $relations ->
            [one] { $relations } relation
           *[other] { $relations } relations
        }
       *[other] { $names }{ $relations ->
            [0] {""}
            [one] ; { $relations } relation
           *[other] ; { $relations } relations
        }
    }
scenes-coalition-ringed = Coalition entourée : { $name }

present-go-to = Aller à { $number }…
present-live-focus = Qui est relié à { $name } — cliquez dans le vide pour revenir à la scène
