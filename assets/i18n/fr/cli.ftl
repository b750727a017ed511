# la ligne de commande

cli-stakeholders-and-relations = { $stakeholders ->
        [one] { $stakeholders } partie prenante
       *[other] { $stakeholders } parties prenantes
    }, { $relations ->
        [one] { $relations } relation
       *[other] { $relations } relations
    }
cli-too-big = { $path } : non écrit, car Powermap ne pourrait pas l'ouvrir : { $problem }. Scindez la carte en cartes plus petites
cli-check-ok = { $path } : ok ({ $contents }, { $coalitions ->
        [one] { $coalitions } coalition
       *[other] { $coalitions } coalitions
    })
cli-check-invalid = { $path } : invalide
cli-fmt-canonical = canonique
cli-fmt-rewritten = réécrit
cli-fmt-not-canonical = non canonique
cli-export-formats = Powermap exporte en .csv (parties prenantes et relations), .graphml (yEd, Gephi), .ron (un fichier de carte, avec --share une copie à partager), .png ou .svg (une image) ; nommez la sortie en conséquence
cli-picture-options-only = --view, --scene, --width, --height, --theme, --no-legend, --at et --compare sont pour les images ; nommez la sortie NOM.png ou NOM.svg
cli-exported-picture = { $count ->
        [one] { $path } : { $view } de { $count } partie prenante{ $days }, { $width }×{ $height } pixels
       *[other] { $path } : { $view } de { $count } parties prenantes{ $days }, { $width }×{ $height } pixels
    }
cli-exported-scene = { $path } : scène { $number } sur { $count }, « { $title } », { $width }×{ $height } pixels
cli-share-no-notes = Aucune note confidentielle à omettre.
cli-share-left-out-notes = Notes confidentielles omises de : { $names }
cli-share-renamed = « { $name } » renommé en « { $replacement } »
cli-share-left-out-sources = { $count ->
        [one] { $count } source confidentielle de valeurs enregistrées omise (les valeurs restent)
       *[other] { $count } sources confidentielles de valeurs enregistrées omises (les valeurs restent)
    }
cli-share-left-out-contacts = { $count ->
        [one] { $count } contact confidentiel omis du journal
       *[other] { $count } contacts confidentiels omis du journal
    }
cli-import-graphml-relations = un fichier GraphML contient lui-même ses relations ; ne nommez que le fichier .graphml
cli-import-exists = { $path } : existe déjà ; nommez un nouveau fichier pour la carte importée
cli-import-unknown-columns = colonnes omises (Powermap n'a pas ce champ) : { $columns }
cli-import-read-as = lu autrement : { $said }
cli-import-rows-rejected = { $count ->
        [one] { $count } ligne n'a pas pu être lue ; rien n'a été écrit. Corrigez-la, ou relancez avec --accept-partial pour importer les autres.
       *[other] { $count } lignes n'ont pas pu être lues ; rien n'a été écrit. Corrigez-les, ou relancez avec --accept-partial pour importer les autres.
    }
cli-import-items-left-out = { $count ->
        [one] { $count } élément n'a pas pu être lu ; rien n'a été écrit. Corrigez le fichier, ou relancez avec --accept-partial pour importer le reste.
       *[other] { $count } éléments n'ont pas pu être lus ; rien n'a été écrit. Corrigez le fichier, ou relancez avec --accept-partial pour importer le reste.
    }
cli-diff-same = Les cartes sont identiques.
cli-merge-not-written = la carte fusionnée n'a pas pu être écrite
cli-merged = { $ours } et { $theirs } fusionnées (ancêtre commun { $base }) dans { $output }.
cli-version-base = la version de l'ancêtre commun
cli-version-ours = la version de cette branche
cli-version-theirs = la version de l'autre branche
cli-version-unreadable = { $version } ne peut pas être lue : { $reason }
cli-until-before-since = --until { $until } est avant --since { $since } ; l'évolution se mesure en avançant dans le temps
cli-no-such-file-or-command = ce fichier n'existe pas, et ce n'est pas une commande (voir `powermap --help`)
cli-view-table = le tableau n'a pas d'image ; choisissez network, grid ou spectrum (ou exportez le tableau avec -o NOM.csv)
cli-view-choose = choisissez network, grid ou spectrum
cli-scene-number = donnez le numéro de la scène tel que la présentation les compte, à partir de 1
cli-pixels = donnez un nombre entier de pixels de { $min } à { $max }

## les jours donnés en ligne de commande
cli-day-format = { $problem } ; donnez un jour sous la forme AAAA-MM-JJ
cli-compare-format = donnez les deux jours sous la forme DU..AU, par exemple 2026-01-15..2026-06-15, ou DU.. pour aller de DU à aujourd'hui
cli-compare-order = { $to } n'est pas après { $from } ; le jour de référence vient en premier : { $to }..{ $from }

## powermap serve et powermap sync
cli-live-server-name = { $title } (serveur)
cli-live-serving = Session en direct pour « { $title } » sur le port { $port } avec le code { $code }
cli-live-relaying = Session en direct pour « { $title } » sur le serveur de synchronisation { $address } avec le code { $code }
cli-live-not-taken = le serveur de synchronisation à { $address } n'a pas pris la carte en { $seconds } secondes
cli-live-bad-address = « { $text } » n'est pas une adresse comme 192.168.1.20:7878 ({ $problem })
cli-live-no-address = « { $text } » ne désigne aucune adresse
cli-live-incomplete = la session à { $address } n'a pas envoyé toute la carte en { $seconds } secondes ; rien n'a été écrit
cli-live-stalled = la session à { $address } n'a plus rien envoyé pendant { $seconds } secondes avant que toute la carte soit arrivée ; rien n'a été écrit
cli-live-wrote = { $path } écrit ({ $counts }) depuis la session à { $address }

## powermap plan
cli-could-not-write = impossible d'écrire « { $path } »
cli-plan-wrote-ics = { $path } : { $count ->
        [one] { $count } échéance
       *[other] { $count } échéances
    } des tâches et démarches en cours
cli-plan-wrote-csv = { $jobs-path } : { $jobs ->
        [one] { $jobs } tâche
       *[other] { $jobs } tâches
    }
    { $asks-path } : { $asks ->
        [one] { $asks } démarche
       *[other] { $asks } démarches
    }
cli-plan-output-needs-format = -o { $path } demande --ics (les échéances) ou --csv (les tâches et les démarches)
cli-plan-output-is-map = -o { $path } est la carte elle-même ; choisissez un autre fichier

# une erreur et sa cause ; un fichier et ce qui lui a été fait
cli-error-cause = { $error } : { $cause }
cli-path-said = { $path } : { $said }
# what a command wrote, after the file it wrote
cli-wrote = { $path } : { $what }
