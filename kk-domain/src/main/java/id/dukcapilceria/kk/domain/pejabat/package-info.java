/**
 * The official who signs a card, and in which capacity: the head of office (Kepala Dinas) or an
 * official acting for them, *Pelaksana Harian* (Plh.) while the head is temporarily away or
 * *Pelaksana Tugas* (Plt.) while the office is vacant or the head permanently away (UU 30/2014
 * tentang Administrasi Pemerintahan, Pasal 14; docs/signing.md).
 */
package id.dukcapilceria.kk.domain.pejabat;
