{{/* Prefix of every resource name: the release name, or fullnameOverride. */}}
{{- define "rekindle.fullname" -}}
{{- default .Release.Name .Values.fullnameOverride | trunc 30 | trimSuffix "-" -}}
{{- end -}}

{{- define "rekindle.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "rekindle.labels" -}}
helm.sh/chart: {{ include "rekindle.chart" . }}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: rekindle
{{- end -}}

{{/* Selector labels of one service; args: dict "root" $ "name" service-name. Never changes across upgrades. */}}
{{- define "rekindle.selectorLabels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{- define "rekindle.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "rekindle.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* Name of the ConfigMap or Secret holding the JWT public key, and which kind it is. */}}
{{- define "rekindle.jwtSource" -}}
{{- $j := .Values.jwt -}}
{{- $sources := 0 -}}
{{- if $j.publicKey }}{{ $sources = add1 $sources }}{{ end -}}
{{- if $j.existingConfigMap }}{{ $sources = add1 $sources }}{{ end -}}
{{- if $j.existingSecret }}{{ $sources = add1 $sources }}{{ end -}}
{{- if ne (int $sources) 1 -}}
{{- fail (printf "jwt: set exactly one of jwt.publicKey, jwt.existingConfigMap or jwt.existingSecret (%d set); set the others to \"\"" (int $sources)) -}}
{{- end -}}
{{- if $j.publicKey -}}
configMap:{{ include "rekindle.fullname" . }}-jwt-public-key
{{- else if $j.existingConfigMap -}}
configMap:{{ $j.existingConfigMap }}
{{- else -}}
secret:{{ $j.existingSecret }}
{{- end -}}
{{- end -}}

{{/* The image reference of one service; args: dict "root" $ "svc" effective-service-values. */}}
{{- define "rekindle.image" -}}
{{- $img := .root.Values.image -}}
{{- $tag := .svc.image.tag | default $img.tag | default .root.Chart.AppVersion -}}
{{- if and (eq $img.variant "native") (not .svc.image.tag) -}}
{{- $tag = printf "%s-native" $tag -}}
{{- end -}}
{{- $ref := .svc.image.repository -}}
{{- if $img.registry -}}
{{- $ref = printf "%s/%s" $img.registry $ref -}}
{{- end -}}
{{- if .svc.image.digest -}}
{{- printf "%s@%s" $ref .svc.image.digest -}}
{{- else -}}
{{- printf "%s:%s" $ref $tag -}}
{{- end -}}
{{- end -}}

{{/*
Recursive merge of .src into .dst (mutates .dst). Unlike Sprig's mergeOverwrite, a false or 0 in
.src wins, so a service can switch off what serviceDefaults switches on. Lists are replaced.
*/}}
{{- define "rekindle.merge" -}}
{{- $dst := .dst -}}
{{- range $k, $v := .src -}}
{{- if and (kindIs "map" $v) (kindIs "map" (get $dst $k)) -}}
{{- include "rekindle.merge" (dict "dst" (get $dst $k) "src" $v) -}}
{{- else -}}
{{- $_ := set $dst $k $v -}}
{{- end -}}
{{- end -}}
{{- end -}}
