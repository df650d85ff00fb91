/** How one material is (or is not) evidenced. */
export interface MaterialCoverage {
  no: number;
  text: string;
  covered: boolean;
  by: 'file' | 'statement' | 'not_applicable' | 'secret' | 'same_as' | null;
  /** valid files that cover it */
  files: { rel: string; pages: number | null }[];
  /** the exception's text (reason, note or same_as target) */
  exception?: string;
}

export interface IndicatorCoverage {
  id: string;
  /** the indicator whose folder holds the evidence (itself unless its materials cell is merged) */
  owner: string;
  materials: MaterialCoverage[];
  complete: boolean;
}
