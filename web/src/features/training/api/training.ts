// Training calls (issue 8). Nothing here touches client records: scenarios are written for teaching.
import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../../lib/api';

export const VERDICTS = ['maintain', 'seek-consent', 'share-with-consent', 'consult', 'escalate', 'disclose', 'refer', 'end-relationship'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABELS: Record<Verdict, string> = {
  maintain: 'Keep the confidence',
  'seek-consent': "Ask for the client's consent first",
  'share-with-consent': "Share, with the client's consent",
  consult: 'Consult (supervision), without names',
  escalate: 'Escalate to the safeguarding lead or manager',
  disclose: 'Disclose without consent',
  refer: 'Refer the client on',
  'end-relationship': 'End the working relationship',
};
export const RECIPIENTS = ['manager', 'safeguarding-lead', 'supervisor', 'emergency-services', 'police', 'court', 'local-authority', 'gp', 'mental-health-services', 'regulator', 'payer', 'other-provider', 'named-third-party'] as const;
export const label = (s: string) => s.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
export const PROFESSIONS = ['iag', 'counselling', 'psychotherapy', 'psychology', 'social-work', 'mentoring', 'coaching', 'supervision'] as const;
export const PROFESSION_LABELS: Record<string, string> = { iag: 'Careers and IAG', counselling: 'Counselling', psychotherapy: 'Psychotherapy', psychology: 'Psychology', 'social-work': 'Social work', mentoring: 'Mentoring', coaching: 'Coaching', supervision: 'Supervision' };
export const CONCERNS = ['risk-to-self', 'risk-to-others', 'child-protection', 'adult-safeguarding', 'serious-crime', 'court-order', 'law-enforcement-request', 'third-party-request', 'colleague-conduct', 'workplace-conflict', 'code-of-conduct', 'consultation', 'payment', 'referral', 'none'] as const;
export const IMMINENCES = ['imminent', 'foreseeable', 'unlikely', 'unknown'] as const;
export const SEVERITIES = ['life-threatening', 'serious', 'moderate', 'minor', 'unknown'] as const;
export const CONSENTS = ['given', 'refused', 'not-asked', 'unable'] as const;
export const REQUESTERS = ['court', 'police', 'employer', 'family', 'insurer', 'payer', 'supervisor', 'colleague', 'other-provider', 'regulator'] as const;
export const DIFFICULTIES = ['foundation', 'intermediate', 'advanced'] as const;

export interface Tags { profession: string; jurisdiction: string; concern: string; difficulty: string }
export interface LibraryItem { kind: 'scenario' | 'exercise'; id: string; title: string; source: 'shipped' | 'organisation'; tags: Tags; narrative?: string }
export interface ScenarioView { id: string; title: string; narrative: string; tags: Tags; source: string }
export interface ExerciseView { id: string; title: string; situation: string; actions: string[]; tags: Tags; source: string }
export interface EngineAnswer {
  verdict: Verdict; informClientFirst: boolean; approvalRequired: boolean; urgency: string; recipients: string[]; minimumNecessary: string[];
  steps: { id: string; text: string }[]; citations: { source: string; note: string }[]; rationale: string; policy: { id: string; version: string };
}
export interface ScenarioAnswer { verdict: Verdict; informClientFirst: boolean; approvalRequired: boolean; recipients: string[]; minimumNecessary: string }
export type AnswerResult =
  | { kind: 'scenario'; recorded: boolean; score: number; correct: boolean; parts: { verdict: boolean; informClientFirst: boolean; approvalRequired: boolean; recipients: number }; yours: ScenarioAnswer; engine: EngineAnswer; notes: string; assignmentCompleted: boolean }
  | { kind: 'exercise'; recorded: boolean; score: number; correct: boolean; items: { text: string; mark: string; expected: string; right: boolean; why: string }[]; assignmentCompleted: boolean };
export interface AssignmentView { id: string; title: string; dueAt: string; createdAt: string; completedAt: string | null; total: number; answered: number; averageScore: number | null; overdue: boolean; certificate: boolean }
export interface AssignmentDetail extends AssignmentView { items: { kind: 'scenario' | 'exercise'; id: string; title: string; answered: boolean; score: number | null }[] }
export interface TopicRow { topic: string; kind: 'concern' | 'profession'; attempts: number; correct: number; rate: number; averageScore: number }
export interface Progress { assignments: number; completed: number; answered: number; averageScore: number | null; byTopic: TopicRow[] }
export interface Team extends Progress { learners: number; overdue: number; smallGroup: boolean }
export interface Authored { id: string; title: string; tags: Tags; expected: { verdict: Verdict }; engine: EngineAnswer; disagrees: boolean; confirmedDisagreement: boolean; createdAt: string }
export interface Issued { title: string; dueAt: string; createdAt: string; assignees: number; completed: number; items: number }

export const trainingKeys = { all: ['training'] as const };
export const useLibrary = (filter: Record<string, string | undefined>) =>
  useQuery({ queryKey: ['training', 'library', filter], queryFn: () => api.get<LibraryItem[]>(`/api/v1/training/library${query(filter)}`) });
export const useScenario = (id: string) => useQuery({ queryKey: ['training', 'scenario', id], queryFn: () => api.get<ScenarioView>(`/api/v1/training/scenarios/${encodeURIComponent(id)}`) });
export const useExercise = (id: string) => useQuery({ queryKey: ['training', 'exercise', id], queryFn: () => api.get<ExerciseView>(`/api/v1/training/exercises/${encodeURIComponent(id)}`) });
export const useMyAssignments = () => useQuery({ queryKey: ['training', 'assignments'], queryFn: () => api.get<AssignmentView[]>('/api/v1/training/assignments') });
export const useAssignment = (id: string) => useQuery({ queryKey: ['training', 'assignment', id], queryFn: () => api.get<AssignmentDetail>(`/api/v1/training/assignments/${encodeURIComponent(id)}`) });
export const useProgress = () => useQuery({ queryKey: ['training', 'progress'], queryFn: () => api.get<Progress>('/api/v1/training/progress') });
export const useTeam = () => useQuery({ queryKey: ['training', 'team'], queryFn: () => api.get<Team>('/api/v1/training/team') });
export const useAuthored = () => useQuery({ queryKey: ['training', 'authored'], queryFn: () => api.get<Authored[]>('/api/v1/training/authored') });
export const useIssued = () => useQuery({ queryKey: ['training', 'issued'], queryFn: () => api.get<Issued[]>('/api/v1/training/issued') });
export const useLearners = () => useQuery({ queryKey: ['training', 'learners'], queryFn: () => api.get<{ id: string; displayName: string }[]>('/api/v1/training/learners') });

export const submitAnswer = (body: { kind: 'scenario' | 'exercise'; id: string; assignmentId?: string; answer: unknown }) => api.post<AnswerResult>('/api/v1/training/answers', body);
export const checkScenario = (body: unknown) => api.post<{ engine: EngineAnswer; disagreements: { field: string; expected: string; engine: string }[] }>('/api/v1/training/scenarios/check', body);
export const createScenario = (body: unknown) => api.post<Authored>('/api/v1/training/scenarios', body);
export const createAssignments = (body: unknown) => api.post<{ ids: string[] }>('/api/v1/training/assignments', body);
export const certificateUrl = (assignmentId: string) => `/api/v1/training/certificates/${encodeURIComponent(assignmentId)}`;
