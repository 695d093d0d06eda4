{{/*
Every Kubernetes object of one Rekindle service: Deployment, Service, and optionally
HorizontalPodAutoscaler, PodDisruptionBudget and ServiceMonitor.
Args: dict "root" $ "name" service-name "svc" effective-values (serviceDefaults merged with services.<name>).
*/}}
{{- define "rekindle.service" -}}
{{- $root := .root -}}
{{- $name := .name -}}
{{- $svc := .svc -}}
{{- $v := $root.Values -}}
{{- $fullname := printf "%s-%s" (include "rekindle.fullname" $root) $name -}}
{{- $selector := include "rekindle.selectorLabels" (dict "root" $root "name" $name) -}}
{{- $db := deepCopy $v.database -}}
{{- include "rekindle.merge" (dict "dst" $db "src" ($svc.database | default dict)) -}}
{{- $jwt := include "rekindle.jwtSource" $root | splitList ":" -}}
{{- $kafkaSec := $v.kafka.security -}}
{{- $sasl := hasPrefix "SASL_" $kafkaSec.protocol -}}
{{- if and $sasl (not $kafkaSec.jaasConfigSecret.name) -}}
{{- fail "kafka.security: a SASL protocol needs kafka.security.jaasConfigSecret.name (a Secret holding sasl.jaas.config)" -}}
{{- end -}}
{{- $kafkaCa := and (has $kafkaSec.protocol (list "SSL" "SASL_SSL")) $v.kafka.tls.caSecret.name -}}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $fullname }}
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- include "rekindle.labels" $root | nindent 4 }}
    app.kubernetes.io/component: {{ $name }}
spec:
  {{- if not $svc.autoscaling.enabled }}
  replicas: {{ $svc.replicas }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- $selector | nindent 6 }}
  strategy:
    {{- toYaml $svc.updateStrategy | nindent 4 }}
  template:
    metadata:
      labels:
        {{- include "rekindle.labels" $root | nindent 8 }}
        app.kubernetes.io/component: {{ $name }}
        {{- with $svc.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      annotations:
        {{- if $v.jwt.publicKey }}
        checksum/jwt-public-key: {{ $v.jwt.publicKey | sha256sum }}
        {{- end }}
        {{- if $v.metrics.annotations }}
        prometheus.io/scrape: "true"
        prometheus.io/path: /q/metrics
        prometheus.io/port: {{ $svc.port | quote }}
        prometheus.io/scheme: http
        {{- end }}
        {{- with $svc.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "rekindle.serviceAccountName" $root }}
      automountServiceAccountToken: {{ $v.serviceAccount.automountToken }}
      {{- with $v.image.pullSecrets }}
      imagePullSecrets:
        {{- range . }}
        - name: {{ . }}
        {{- end }}
      {{- end }}
      {{- with $svc.priorityClassName }}
      priorityClassName: {{ . }}
      {{- end }}
      terminationGracePeriodSeconds: {{ $svc.terminationGracePeriodSeconds }}
      securityContext:
        {{- toYaml $v.podSecurityContext | nindent 8 }}
      {{- with $svc.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $svc.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $svc.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- if $svc.topologySpread.enabled }}
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- $selector | nindent 14 }}
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- $selector | nindent 14 }}
      {{- end }}
      containers:
        - name: {{ $name }}
          image: {{ include "rekindle.image" (dict "root" $root "svc" $svc) }}
          imagePullPolicy: {{ $v.image.pullPolicy }}
          securityContext:
            {{- toYaml $v.containerSecurityContext | nindent 12 }}
          ports:
            - name: http
              containerPort: {{ $svc.port }}
              protocol: TCP
          env:
            - name: QUARKUS_HTTP_PORT
              value: {{ $svc.port | quote }}
            - name: REKINDLE_ACCOUNT_ID
              value: {{ $v.accountId | quote }}
            - name: QUARKUS_DATASOURCE_JDBC_URL
              value: {{ $db.url | quote }}
            - name: QUARKUS_DATASOURCE_USERNAME
              valueFrom:
                secretKeyRef:
                  name: {{ $db.existingSecret }}
                  key: {{ $db.usernameKey }}
            - name: QUARKUS_DATASOURCE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ $db.existingSecret }}
                  key: {{ $db.passwordKey }}
            - name: KAFKA_BOOTSTRAP_SERVERS
              value: {{ $v.kafka.bootstrapServers | quote }}
            {{- if ne $kafkaSec.protocol "PLAINTEXT" }}
            - name: KAFKA_SECURITY_PROTOCOL
              value: {{ $kafkaSec.protocol }}
            {{- end }}
            {{- if $sasl }}
            - name: KAFKA_SASL_MECHANISM
              value: {{ $kafkaSec.saslMechanism }}
            - name: KAFKA_SASL_JAAS_CONFIG
              valueFrom:
                secretKeyRef:
                  name: {{ $kafkaSec.jaasConfigSecret.name }}
                  key: {{ $kafkaSec.jaasConfigSecret.key }}
            {{- end }}
            {{- if $kafkaCa }}
            - name: KAFKA_SSL_TRUSTSTORE_TYPE
              value: PEM
            - name: KAFKA_SSL_TRUSTSTORE_LOCATION
              value: /etc/rekindle/kafka-ca/ca.crt
            {{- end }}
            - name: MP_JWT_VERIFY_PUBLICKEY_LOCATION
              value: /etc/rekindle/jwt/public-key.pem
            - name: MP_JWT_VERIFY_ISSUER
              value: {{ $v.jwt.issuer | quote }}
            {{- if $svc.smtp }}
            - name: QUARKUS_MAILER_HOST
              value: {{ $v.smtp.host | quote }}
            - name: QUARKUS_MAILER_PORT
              value: {{ $v.smtp.port | quote }}
            - name: QUARKUS_MAILER_FROM
              value: {{ $v.smtp.from | quote }}
            - name: QUARKUS_MAILER_TLS
              value: {{ $v.smtp.tls | quote }}
            {{- with $v.smtp.username }}
            - name: QUARKUS_MAILER_USERNAME
              value: {{ . | quote }}
            {{- end }}
            {{- if $v.smtp.existingSecret }}
            - name: QUARKUS_MAILER_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ $v.smtp.existingSecret }}
                  key: {{ $v.smtp.passwordKey }}
            {{- end }}
            {{- end }}
            {{- if $svc.signedLinks }}
            - name: REKINDLE_LINKS_SIGNING_KEY
              valueFrom:
                secretKeyRef:
                  name: {{ $v.links.existingSecret }}
                  key: {{ $v.links.signingKeyKey }}
            - name: REKINDLE_LINKS_PUBLIC_BASE_URL
              value: {{ $v.links.publicBaseUrl | quote }}
            {{- end }}
            {{- with $v.cors.origins }}
            - name: QUARKUS_HTTP_CORS_ORIGINS
              value: {{ join "," . | quote }}
            {{- end }}
            {{- if eq $v.image.variant "jvm" }}
            - name: JAVA_OPTS_APPEND
              value: {{ $v.javaOptsAppend | quote }}
            {{- end }}
            {{- with $svc.extraEnv }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          startupProbe:
            httpGet:
              path: /q/health/started
              port: http
            {{- toYaml $svc.probes.startup | nindent 12 }}
          livenessProbe:
            httpGet:
              path: /q/health/live
              port: http
            {{- toYaml $svc.probes.liveness | nindent 12 }}
          readinessProbe:
            httpGet:
              path: /q/health/ready
              port: http
            {{- toYaml $svc.probes.readiness | nindent 12 }}
          resources:
            {{- toYaml $svc.resources | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            - name: jwt-public-key
              mountPath: /etc/rekindle/jwt
              readOnly: true
            {{- if $kafkaCa }}
            - name: kafka-ca
              mountPath: /etc/rekindle/kafka-ca
              readOnly: true
            {{- end }}
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: {{ $v.tmpVolume.sizeLimit }}
        - name: jwt-public-key
          {{- if eq (first $jwt) "configMap" }}
          configMap:
            name: {{ last $jwt }}
          {{- else }}
          secret:
            secretName: {{ last $jwt }}
          {{- end }}
            items:
              - key: {{ $v.jwt.key }}
                path: public-key.pem
        {{- if $kafkaCa }}
        - name: kafka-ca
          secret:
            secretName: {{ $v.kafka.tls.caSecret.name }}
            items:
              - key: {{ $v.kafka.tls.caSecret.key }}
                path: ca.crt
        {{- end }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ $fullname }}
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- include "rekindle.labels" $root | nindent 4 }}
    app.kubernetes.io/component: {{ $name }}
  {{- with $v.service.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  type: {{ $v.service.type }}
  selector:
    {{- $selector | nindent 4 }}
  ports:
    - name: http
      port: {{ $svc.port }}
      targetPort: http
      protocol: TCP
{{- if $svc.autoscaling.enabled }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ $fullname }}
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- include "rekindle.labels" $root | nindent 4 }}
    app.kubernetes.io/component: {{ $name }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ $fullname }}
  minReplicas: {{ $svc.autoscaling.minReplicas }}
  maxReplicas: {{ $svc.autoscaling.maxReplicas }}
  metrics:
    {{- with $svc.autoscaling.targetCPUUtilizationPercentage }}
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ . }}
    {{- end }}
    {{- with $svc.autoscaling.targetMemoryUtilizationPercentage }}
    - type: Resource
      resource:
        name: memory
        target:
          type: Utilization
          averageUtilization: {{ . }}
    {{- end }}
{{- end }}
{{- if $svc.podDisruptionBudget.enabled }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ $fullname }}
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- include "rekindle.labels" $root | nindent 4 }}
    app.kubernetes.io/component: {{ $name }}
spec:
  {{- if not (kindIs "invalid" $svc.podDisruptionBudget.minAvailable) }}
  minAvailable: {{ $svc.podDisruptionBudget.minAvailable }}
  {{- else }}
  maxUnavailable: {{ if kindIs "invalid" $svc.podDisruptionBudget.maxUnavailable }}1{{ else }}{{ $svc.podDisruptionBudget.maxUnavailable }}{{ end }}
  {{- end }}
  selector:
    matchLabels:
      {{- $selector | nindent 6 }}
{{- end }}
{{- if $v.metrics.serviceMonitor.enabled }}
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ $fullname }}
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- include "rekindle.labels" $root | nindent 4 }}
    app.kubernetes.io/component: {{ $name }}
    {{- with $v.metrics.serviceMonitor.labels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  selector:
    matchLabels:
      {{- $selector | nindent 6 }}
  endpoints:
    - port: http
      path: /q/metrics
      scheme: http
      interval: {{ $v.metrics.serviceMonitor.interval }}
      {{- with $v.metrics.serviceMonitor.scrapeTimeout }}
      scrapeTimeout: {{ . }}
      {{- end }}
{{- end }}
{{- end -}}
