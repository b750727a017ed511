# Las palabras de las listas cerradas del mapa tal como las muestra la
# interfaz. El archivo del mapa y las hojas de cálculo conservan sus
# palabras en inglés, sea cual sea el idioma.

kind-organization = Organización
kind-target = Objetivo
kind-individual = Persona
kind-constituency = Base social
kind-media = Medio de comunicación
kind-funder = Financiador
kind-other = Otro

group-organization = Organizaciones ({ $count })
group-target = Objetivos ({ $count })
group-individual = Personas ({ $count })
group-constituency = Bases sociales ({ $count })
group-media = Medios ({ $count })
group-funder = Financiadores ({ $count })
group-other = Otros ({ $count })

stance-active-ally = Aliado activo
stance-passive-ally = Aliado pasivo
stance-neutral = Neutral
stance-passive-opposition = Opositor pasivo
stance-active-opposition = Opositor activo
stance-unknown = Desconocida

role-leadership-core = Núcleo de la coalición
role-core-partner = Socio principal
role-network-member = Miembro de la red
role-external = Externo

member-role-lead = Coordinador
member-role-member = Miembro

contribution-staff = Personal
contribution-funding = Financiación
contribution-expertise = Experiencia técnica
contribution-legitimacy = Legitimidad
contribution-information = Información
contribution-contacts = Contactos
contribution-constituency-access = Acceso a la base
contribution-ideology = Ideas
contribution-power = Poder

confidence-confirmed = Confirmada
confidence-uncertain = Incierta

focus-incoming = Entrantes
focus-outgoing = Salientes
focus-both = En ambos sentidos

scene-view-network = Red
scene-view-grid = Matriz poder/interés
scene-view-spectrum = Espectro de aliados

relation-influences = Influye en
relation-funds = Financia
relation-member-of = Miembro de
relation-allied-with = Aliado con
relation-opposes = Se opone a
relation-has-access-to = Tiene acceso a
relation-reports-to = Rinde cuentas a
relation-cooperates = Coopera
relation-coordinates = Se coordina
relation-collaborates = Colabora

field-id = Identificador

field-name = Nombre

field-kind = Tipo

field-stance = Postura

field-power = Poder

field-interest = Interés

field-role = Rol

field-commitment = Compromiso

field-contributions = Aportes

field-expertise = Experiencia técnica

field-tags = Etiquetas

field-notes = Notas

field-confidential-notes = Notas confidenciales

field-x = X

field-y = Y

field-pinned = Fijada

field-from = De

field-to = A

field-mutual = Mutua

field-strength = Fuerza

field-confidence = Certeza

field-note = Nota

value-yes = Sí

value-no = No

strength-weak = Débil

strength-medium = Media

strength-strong = Fuerte
