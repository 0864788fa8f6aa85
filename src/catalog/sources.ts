// Static imports so that the same data is bundled into the Worker; no file system at run time.
// Agencies come from data/generated/agencies/, their copies without provenance (npm run
// catalog:generate).
// An agency added to data/ is added here too (the catalog test fails when one is missing).
import type { CatalogSources } from './catalog.js';
import belastingdienstAgency from '../../data/generated/agencies/belastingdienst.json';
import belastingdienstRoster from '../../data/rosters/belastingdienst.json';
import toeslagenAgency from '../../data/generated/agencies/toeslagen.json';
import toeslagenRoster from '../../data/rosters/toeslagen.json';
import uwvAgency from '../../data/generated/agencies/uwv.json';
import uwvRoster from '../../data/rosters/uwv.json';
import svbAgency from '../../data/generated/agencies/svb.json';
import svbRoster from '../../data/rosters/svb.json';
import duoAgency from '../../data/generated/agencies/duo.json';
import duoRoster from '../../data/rosters/duo.json';
import cakAgency from '../../data/generated/agencies/cak.json';
import cakRoster from '../../data/rosters/cak.json';
import cizAgency from '../../data/generated/agencies/ciz.json';
import cizRoster from '../../data/rosters/ciz.json';
import cjibAgency from '../../data/generated/agencies/cjib.json';
import cjibRoster from '../../data/rosters/cjib.json';
import indAgency from '../../data/generated/agencies/ind.json';
import indRoster from '../../data/rosters/ind.json';
import rdwAgency from '../../data/generated/agencies/rdw.json';
import rdwRoster from '../../data/rosters/rdw.json';
import kadasterAgency from '../../data/generated/agencies/kadaster.json';
import kadasterRoster from '../../data/rosters/kadaster.json';
import kvkAgency from '../../data/generated/agencies/kvk.json';
import kvkRoster from '../../data/rosters/kvk.json';
import rvoAgency from '../../data/generated/agencies/rvo.json';
import rvoRoster from '../../data/rosters/rvo.json';
import gemeenteAgency from '../../data/generated/agencies/gemeente.json';
import gemeenteRoster from '../../data/rosters/gemeente.json';
import juridischLoketAgency from '../../data/generated/agencies/juridisch-loket.json';
import juridischLoketRoster from '../../data/rosters/juridisch-loket.json';
import ombudsmanAgency from '../../data/generated/agencies/ombudsman.json';
import ombudsmanRoster from '../../data/rosters/ombudsman.json';
import digidAgency from '../../data/generated/agencies/digid.json';
import digidRoster from '../../data/rosters/digid.json';
import huurcommissieAgency from '../../data/generated/agencies/huurcommissie.json';
import huurcommissieRoster from '../../data/rosters/huurcommissie.json';
import zorgverzekeraarAgency from '../../data/generated/agencies/zorgverzekeraar.json';
import zorgverzekeraarRoster from '../../data/rosters/zorgverzekeraar.json';
import openbaarMinisterieAgency from '../../data/generated/agencies/openbaar-ministerie.json';
import openbaarMinisterieRoster from '../../data/rosters/openbaar-ministerie.json';
import rijksoverheidAgency from '../../data/generated/agencies/rijksoverheid.json';
import rijksoverheidRoster from '../../data/rosters/rijksoverheid.json';
import informatiepuntAgency from '../../data/generated/agencies/informatiepunt.json';
import informatiepuntRoster from '../../data/rosters/informatiepunt.json';
import politieAgency from '../../data/generated/agencies/politie.json';
import politieRoster from '../../data/rosters/politie.json';
import cbrAgency from '../../data/generated/agencies/cbr.json';
import cbrRoster from '../../data/rosters/cbr.json';
import centrumSeksueelGeweldAgency from '../../data/generated/agencies/centrum-seksueel-geweld.json';
import centrumSeksueelGeweldRoster from '../../data/rosters/centrum-seksueel-geweld.json';
import veiligThuisAgency from '../../data/generated/agencies/veilig-thuis.json';
import veiligThuisRoster from '../../data/rosters/veilig-thuis.json';
import zelfmoordpreventieAgency from '../../data/generated/agencies/zelfmoordpreventie.json';
import zelfmoordpreventieRoster from '../../data/rosters/zelfmoordpreventie.json';
import alarmnummerAgency from '../../data/generated/agencies/alarmnummer.json';
import alarmnummerRoster from '../../data/rosters/alarmnummer.json';
import texts from '../../data/generated/texts.json';
import fallbacks from '../../data/generated/fallbacks.json';

export const catalogSources: CatalogSources = {
  agencies: [
    belastingdienstAgency,
    toeslagenAgency,
    uwvAgency,
    svbAgency,
    duoAgency,
    cakAgency,
    cizAgency,
    cjibAgency,
    indAgency,
    rdwAgency,
    kadasterAgency,
    kvkAgency,
    rvoAgency,
    gemeenteAgency,
    juridischLoketAgency,
    ombudsmanAgency,
    digidAgency,
    huurcommissieAgency,
    zorgverzekeraarAgency,
    openbaarMinisterieAgency,
    rijksoverheidAgency,
    informatiepuntAgency,
    politieAgency,
    cbrAgency,
    centrumSeksueelGeweldAgency,
    veiligThuisAgency,
    zelfmoordpreventieAgency,
    alarmnummerAgency,
  ],
  rosters: [
    belastingdienstRoster,
    toeslagenRoster,
    uwvRoster,
    svbRoster,
    duoRoster,
    cakRoster,
    cizRoster,
    cjibRoster,
    indRoster,
    rdwRoster,
    kadasterRoster,
    kvkRoster,
    rvoRoster,
    gemeenteRoster,
    juridischLoketRoster,
    ombudsmanRoster,
    digidRoster,
    huurcommissieRoster,
    zorgverzekeraarRoster,
    openbaarMinisterieRoster,
    rijksoverheidRoster,
    informatiepuntRoster,
    politieRoster,
    cbrRoster,
    centrumSeksueelGeweldRoster,
    veiligThuisRoster,
    zelfmoordpreventieRoster,
    alarmnummerRoster,
  ],
  texts,
  fallbacks,
};
